/**
 * Password rules applied at sign-up and password change. They are shown to
 * the person as a list of reasons, so each reason is a stable key the web
 * translates.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem =
  | 'too_short'
  | 'too_long'
  | 'too_few_kinds'
  | 'too_common'
  | 'contains_email';

// A short list of the passwords that leaked lists show most often; enough to
// stop the obvious ones without shipping a large dictionary.
const COMMON = new Set([
  'password', 'password1', 'password123', 'passw0rd', '1234567890', '12345678910',
  'qwertyuiop', 'qwerty123', 'iloveyou', 'letmein123', 'welcome123', 'admin12345',
  'abc1234567', 'a1234567890', '1q2w3e4r5t', 'zaq12wsxcde', 'woaini1314', 'aa123456789',
]);

export function passwordProblems(password: string, email?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (kinds < 2) problems.push('too_few_kinds');
  if (COMMON.has(password.toLowerCase())) problems.push('too_common');
  const localPart = email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && password.toLowerCase().includes(localPart)) {
    problems.push('contains_email');
  }
  return problems;
}
