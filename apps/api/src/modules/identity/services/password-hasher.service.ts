import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id with at least OWASP's minimum cost: 19 MiB of memory, two passes. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  // A hash of a random password, verified when the email is unknown so that
  // sign-in takes as long for unknown addresses as for known ones.
  private readonly decoy = argon2.hash(`decoy-${Math.random()}`, ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash ?? (await this.decoy), password);
    } catch {
      return false;
    }
  }
}
