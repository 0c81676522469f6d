import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PasswordPolicyHints } from '../PasswordPolicyHints';

function rules(password: string, email?: string): Record<string, string | null> {
  const { container } = render(<PasswordPolicyHints password={password} email={email} />);
  return Object.fromEntries(
    [...container.querySelectorAll('li')].map((item) => [item.getAttribute('data-rule'), item.getAttribute('data-met')]),
  );
}

describe('password hints', () => {
  it('marks nothing as met before anything is typed', () => {
    expect(rules('')).toEqual({ too_short: 'false', too_few_kinds: 'false', too_common: 'false' });
  });

  it('follows the domain policy as the person types', () => {
    expect(rules('abc')).toEqual({ too_short: 'false', too_few_kinds: 'false', too_common: 'true' });
    expect(rules('Harbour-lights-42')).toEqual({ too_short: 'true', too_few_kinds: 'true', too_common: 'true' });
    expect(rules('password123')).toMatchObject({ too_common: 'false' });
  });

  it('adds the email rule once an email is known', () => {
    expect(rules('liwei-Secret-1', 'liwei@example.com')).toMatchObject({ contains_email: 'false' });
    expect(rules('Harbour-lights-42', 'liwei@example.com')).toMatchObject({ contains_email: 'true' });
  });
});
