import { passwordProblems } from '../..';

describe('password policy', () => {
  it('accepts a long password with two kinds of character', () => {
    expect(passwordProblems('harbour-lights-42')).toEqual([]);
  });

  it('counts characters, not UTF-16 units, so Chinese passwords are judged fairly', () => {
    expect(passwordProblems('春眠不觉晓处处闻啼鸟1')).toEqual([]);
    expect(passwordProblems('春眠不觉晓1')).toContain('too_short');
  });

  it.each([
    ['short1!', 'too_short'],
    ['alllowercaseletters', 'too_few_kinds'],
    ['password123', 'too_common'],
    ['x'.repeat(120) + 'Y'.repeat(9), 'too_long'],
  ])('rejects %s as %s', (pw, problem) => {
    expect(passwordProblems(pw)).toContain(problem);
  });

  it('rejects a password built from the email address', () => {
    expect(passwordProblems('zhangwei-2027!', 'zhangwei@example.com')).toContain('contains_email');
  });
});
