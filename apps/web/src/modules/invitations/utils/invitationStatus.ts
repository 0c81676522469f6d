interface InvitationState {
  acceptedAt: string | null;
  revokedAt: string | null;
  expiresAt: string;
}

/** Still usable: neither accepted nor revoked, and not yet expired. */
export function isPending(invitation: InvitationState, now: number = Date.now()): boolean {
  return !invitation.acceptedAt && !invitation.revokedAt && Date.parse(invitation.expiresAt) > now;
}
