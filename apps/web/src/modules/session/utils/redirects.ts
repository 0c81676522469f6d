/**
 * Only same-site paths are accepted as `next`, so a crafted link cannot send
 * someone from our sign-in page to another site.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

export function signInPath(next?: string): string {
  return next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';
}

export function signUpPath(next?: string): string {
  return next && next !== '/' ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up';
}
