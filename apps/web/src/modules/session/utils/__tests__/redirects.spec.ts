import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from '../redirects';

describe('next-page redirects', () => {
  it('follows paths on this site', () => {
    expect(safeNextPath('/members?tab=x')).toBe('/members?tab=x');
    expect(safeNextPath('/invite/abc')).toBe('/invite/abc');
  });

  it.each(['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', ''])('refuses %s', (next) => {
    expect(safeNextPath(next)).toBe('/');
  });

  it('uses the given fallback when there is no next page', () => {
    expect(safeNextPath(null, '/organizations/new')).toBe('/organizations/new');
  });

  it('builds sign-in links that bring the person back', () => {
    expect(signInPath('/invite/a b')).toBe('/sign-in?next=%2Finvite%2Fa%20b');
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath()).toBe('/sign-in');
  });
});
