import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';

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
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  issue(claims: AccessClaims): { token: string; expiresAt: Date } {
    const ttl = this.config.accessTokenTtlSeconds;
    const token = jwt.sign({ sid: claims.sid, org: claims.org }, this.config.jwtSecret, {
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
      const payload = jwt.verify(token, this.config.jwtSecret, { algorithms: ['HS256'], issuer: 'opsplan' });
      if (typeof payload !== 'object' || typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
      const org = typeof payload.org === 'string' ? payload.org : null;
      return { sub: payload.sub, sid: payload.sid, org };
    } catch {
      return null;
    }
  }
}
