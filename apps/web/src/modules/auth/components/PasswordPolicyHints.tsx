import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblems } from '@opsplan/domain';
import type { PasswordProblem } from '@opsplan/domain';
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';

interface Rule {
  problem: PasswordProblem;
  text: string;
}

/**
 * The same rules the API enforces (both use libs/domain), shown while the
 * person types so the server never has to refuse a password.
 */
export function PasswordPolicyHints({ password, email }: { password: string; email?: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const problems = new Set(passwordProblems(password, email));
  const rules: Rule[] = [
    { problem: 'too_short', text: t('password.rules.too_short', { min: PASSWORD_MIN_LENGTH }) },
    { problem: 'too_few_kinds', text: t('password.rules.too_few_kinds') },
    { problem: 'too_common', text: t('password.rules.too_common') },
  ];
  if (email && email.includes('@')) rules.push({ problem: 'contains_email', text: t('password.rules.contains_email') });
  // Only worth mentioning once someone runs into it.
  if (problems.has('too_long')) {
    rules.push({ problem: 'too_long', text: t('password.rules.too_long', { max: PASSWORD_MAX_LENGTH }) });
  }
  const typed = password.length > 0;

  return (
    <ul data-testid="password-hints" style={{ listStyle: 'none', padding: 0, margin: '0 0 16px' }} aria-live="polite">
      {rules.map(({ problem, text }) => {
        const met = typed && !problems.has(problem);
        return (
          <li key={problem} data-rule={problem} data-met={met} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            {met ? (
              <CheckCircleFilled style={{ color: token.colorSuccess }} aria-hidden />
            ) : (
              <CloseCircleFilled style={{ color: typed ? token.colorError : token.colorTextQuaternary }} aria-hidden />
            )}
            <span style={{ color: met ? token.colorSuccessText : token.colorTextSecondary }}>{text}</span>
          </li>
        );
      })}
    </ul>
  );
}
