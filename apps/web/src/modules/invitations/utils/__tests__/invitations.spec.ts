import { describe, expect, it } from 'vitest';
import { invitationLink } from '../invitationLink';
import { isPending } from '../invitationStatus';

const NOW = Date.parse('2025-03-01T08:00:00Z');
const open = { acceptedAt: null, revokedAt: null, expiresAt: '2025-03-08T08:00:00Z' };

describe('invitations', () => {
  it('builds the link a colleague opens', () => {
    expect(invitationLink('https://plan.example.cn', 'a1B2-c3_d4')).toBe('https://plan.example.cn/invite/a1B2-c3_d4');
  });

  it('counts an invitation as pending until accepted, revoked or expired', () => {
    expect(isPending(open, NOW)).toBe(true);
    expect(isPending({ ...open, acceptedAt: '2025-03-02T00:00:00Z' }, NOW)).toBe(false);
    expect(isPending({ ...open, revokedAt: '2025-03-02T00:00:00Z' }, NOW)).toBe(false);
    expect(isPending({ ...open, expiresAt: '2025-03-01T07:59:59Z' }, NOW)).toBe(false);
  });
});
