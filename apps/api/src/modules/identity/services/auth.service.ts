import { Inject, Injectable } from '@nestjs/common';
import { passwordProblems } from '@opsplan/domain';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { TenantDb } from '../../../database/tenant-db.service';
import { AppError, badInput, forbidden, unauthenticated } from '../../../common/errors/app-error';
import type { Caller, GqlContext } from '../../../common/context/gql-context';
import { AccessTokenService } from './access-token.service';
import { PasswordHasher } from './password-hasher.service';
import { REFRESH_COOKIE, RotatedSession, SessionService } from './session.service';
import { SignInLimiter } from './sign-in-limiter.service';
import { ViewerService } from './viewer.service';
import type { AuthPayloadDto } from '../dtos/viewer.dto';
import type { SignUpInput } from '../dtos/inputs/sign-up.input';
import type { SignInInput } from '../dtos/inputs/sign-in.input';
import type { UserDto } from '../dtos/user.dto';
import type { UpdateProfileInput } from '../dtos/inputs/update-profile.input';

const PROBLEM_TEXT: Record<string, string> = {
  too_short: 'at least 10 characters',
  too_long: 'at most 128 characters',
  too_few_kinds: 'two kinds of character (letters, digits, symbols)',
  too_common: 'not a commonly used password',
  contains_email: 'not containing your email name',
};

@Injectable()
export class AuthService {
  constructor(
    private readonly db: TenantDb,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly tokens: AccessTokenService,
    private readonly viewers: ViewerService,
    private readonly limiter: SignInLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signUp(input: SignUpInput, ctx: GqlContext): Promise<AuthPayloadDto> {
    const email = input.email.toLowerCase();
    const problems = passwordProblems(input.password, email);
    if (problems.length > 0) {
      throw badInput('password', `Choose a password with ${problems.map((p) => PROBLEM_TEXT[p]).join(', ')}.`, { problems });
    }
    const hash = await this.hasher.hash(input.password);
    const [user] = await this.db.query<{ id: string }>(
      `INSERT INTO users (email, password_hash, display_name, locale) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [email, hash, input.displayName, input.locale ?? null],
    );
    if (!user) {
      throw new AppError('CONFLICT', 'An account with this email already exists. Sign in instead.', { field: 'email' });
    }
    ctx.req.log.info({ userId: user.id }, 'account created');
    const session = await this.sessions.start(user.id, null, ctx.req.headers['user-agent']);
    return this.respond(session, ctx);
  }

  async signIn(input: SignInInput, ctx: GqlContext): Promise<AuthPayloadDto> {
    const email = input.email.toLowerCase();
    await this.limiter.check(email, ctx.req.ip);
    const [user] = await this.db.query<{ id: string; password_hash: string }>(
      `SELECT id, password_hash FROM users WHERE email = $1`,
      [email],
    );
    const ok = await this.hasher.verify(user?.password_hash ?? null, input.password);
    if (!user || !ok) {
      await this.limiter.recordFailure(email);
      ctx.req.log.info({ reason: user ? 'bad_password' : 'unknown_email' }, 'sign-in refused');
      throw unauthenticated('The email or password is incorrect.');
    }
    await this.limiter.recordSuccess(email);
    const orgId = await this.viewers.defaultOrg(user.id);
    const session = await this.sessions.start(user.id, orgId, ctx.req.headers['user-agent']);
    ctx.req.log.info({ userId: user.id }, 'signed in');
    return this.respond(session, ctx);
  }

  async refresh(ctx: GqlContext): Promise<AuthPayloadDto> {
    let session: RotatedSession;
    try {
      session = await this.sessions.rotate(ctx.req.cookies?.[REFRESH_COOKIE]);
    } catch (error) {
      this.clearCookie(ctx);
      throw error;
    }
    // The remembered organisation may have removed the member since.
    const viewer = await this.viewers.build(session.userId, session.orgId);
    if (!viewer.organization && session.orgId) {
      session.orgId = await this.viewers.defaultOrg(session.userId);
      await this.sessions.setCurrentOrg(session.familyId, session.orgId);
    }
    return this.respond(session, ctx);
  }

  async signOut(ctx: GqlContext): Promise<boolean> {
    const presented = ctx.req.cookies?.[REFRESH_COOKIE];
    const familyId = ctx.caller?.sessionId ?? (presented ? await this.sessions.familyOfToken(presented) : null);
    if (familyId) await this.sessions.revoke(familyId, 'sign_out');
    this.clearCookie(ctx);
    return true;
  }

  async switchOrganization(caller: Caller, orgId: string): Promise<AuthPayloadDto> {
    const viewer = await this.viewers.build(caller.userId, orgId);
    if (!viewer.organization) throw forbidden('You are not an active member of that organisation.');
    await this.sessions.setCurrentOrg(caller.sessionId, orgId);
    return this.payload(caller.userId, caller.sessionId, orgId);
  }

  /** Issues a new access token for the caller's session in the given organisation (after creating or joining it). */
  async enterOrganization(caller: Caller, orgId: string): Promise<AuthPayloadDto> {
    await this.sessions.setCurrentOrg(caller.sessionId, orgId);
    return this.payload(caller.userId, caller.sessionId, orgId);
  }

  async updateProfile(caller: Caller, input: UpdateProfileInput): Promise<UserDto> {
    const [row] = await this.db.query<{ id: string; email: string; display_name: string; locale: string | null }>(
      `UPDATE users SET display_name = coalesce($2, display_name), locale = coalesce($3, locale), updated_at = now()
        WHERE id = $1 RETURNING id, email, display_name, locale`,
      [caller.userId, input.displayName ?? null, input.locale ?? null],
    );
    if (!row) throw unauthenticated();
    return { id: row.id, email: row.email, displayName: row.display_name, locale: row.locale };
  }

  private async respond(session: RotatedSession, ctx: GqlContext): Promise<AuthPayloadDto> {
    ctx.reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.production,
      path: '/graphql',
      maxAge: this.config.refreshTokenTtlSeconds,
    });
    return this.payload(session.userId, session.familyId, session.orgId);
  }

  private async payload(userId: string, familyId: string, orgId: string | null): Promise<AuthPayloadDto> {
    const viewer = await this.viewers.build(userId, orgId);
    const { token, expiresAt } = this.tokens.issue({ sub: userId, sid: familyId, org: viewer.organization?.id ?? null });
    return { accessToken: token, accessTokenExpiresAt: expiresAt, viewer };
  }

  private clearCookie(ctx: GqlContext): void {
    ctx.reply.clearCookie(REFRESH_COOKIE, { path: '/graphql' });
  }
}
