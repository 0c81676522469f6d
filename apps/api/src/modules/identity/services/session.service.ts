import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { TenantDb } from '../../../database/tenant-db.service';
import { unauthenticated } from '../../../common/errors/app-error';

export const REFRESH_COOKIE = 'opsplan_rt';

export interface RotatedSession {
  userId: string;
  familyId: string;
  orgId: string | null;
  refreshToken: string;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

/**
 * Session families and their rotating refresh tokens. A refresh token can be
 * exchanged once; presenting it again revokes the whole family.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly db: TenantDb,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(userId: string, orgId: string | null, userAgent: string | undefined): Promise<RotatedSession> {
    return this.db.run({ orgId: null, userId }, async (em) => {
      const [family] = await em.query(
        `INSERT INTO session_families (user_id, current_org_id, user_agent) VALUES ($1, $2, $3) RETURNING id`,
        [userId, orgId, userAgent?.slice(0, 255) ?? null],
      );
      const refreshToken = await this.issueToken(em, family.id);
      return { userId, familyId: family.id, orgId, refreshToken };
    });
  }

  /** Exchanges a refresh token for a new one. Reuse of a spent token revokes the family. */
  async rotate(presented: string | undefined): Promise<RotatedSession> {
    if (!presented) throw unauthenticated('Please sign in.');
    const outcome = await this.db.run({ orgId: null, userId: null }, async (em) => {
      const [row] = await em.query(
        `SELECT t.id, t.family_id, t.used_at, t.expires_at, f.user_id, f.current_org_id, f.revoked_at
           FROM refresh_tokens t JOIN session_families f ON f.id = t.family_id
          WHERE t.token_hash = $1
          FOR UPDATE OF t, f`,
        [sha256(presented)],
      );
      if (!row || row.revoked_at || new Date(row.expires_at) <= new Date()) return { kind: 'invalid' as const };
      if (row.used_at) {
        await em.query(`UPDATE session_families SET revoked_at = now(), revoked_reason = 'refresh_token_reuse' WHERE id = $1`, [
          row.family_id,
        ]);
        return { kind: 'reused' as const };
      }
      await em.query(`UPDATE refresh_tokens SET used_at = now() WHERE id = $1`, [row.id]);
      const refreshToken = await this.issueToken(em, row.family_id);
      return {
        kind: 'ok' as const,
        session: { userId: row.user_id, familyId: row.family_id, orgId: row.current_org_id, refreshToken },
      };
    });
    if (outcome.kind === 'reused') throw unauthenticated('This session was ended for your safety. Please sign in again.');
    if (outcome.kind === 'invalid') throw unauthenticated('Your session has expired. Please sign in again.');
    return outcome.session;
  }

  async revoke(familyId: string, reason: string): Promise<void> {
    await this.db.query(`UPDATE session_families SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL`, [
      familyId,
      reason,
    ]);
  }

  async familyOfToken(presented: string): Promise<string | null> {
    const [row] = await this.db.query<{ family_id: string }>(`SELECT family_id FROM refresh_tokens WHERE token_hash = $1`, [
      sha256(presented),
    ]);
    return row?.family_id ?? null;
  }

  async setCurrentOrg(familyId: string, orgId: string | null): Promise<void> {
    await this.db.query(`UPDATE session_families SET current_org_id = $2 WHERE id = $1`, [familyId, orgId]);
  }

  private async issueToken(em: EntityManager, familyId: string): Promise<string> {
    const token = newToken();
    await em.query(`INSERT INTO refresh_tokens (family_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))`, [
      familyId,
      sha256(token),
      this.config.refreshTokenTtlSeconds,
    ]);
    return token;
  }
}
