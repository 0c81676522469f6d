import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AuthLayout } from '../modules/auth/components/AuthLayout';
import { TextLink } from '../modules/auth/components/TextLink';
import { SignInForm } from '../modules/auth/components/SignInForm';
import { useSession } from '../modules/session/hooks/useSession';
import { signUpPath } from '../modules/session/utils/redirects';

export function SignInPage() {
  const { t } = useTranslation();
  const { establish, signedOutReason } = useSession();
  const [searchParams] = useSearchParams();
  const next = searchParams.get('next');

  return (
    <AuthLayout title={t('auth.signIn.title')}>
      {signedOutReason === 'expired' ? (
        <Alert type="info" showIcon title={t('session.expired')} style={{ marginBottom: 16 }} />
      ) : null}
      {/* RedirectIfSignedIn takes the person on once the session is established. */}
      <SignInForm onSignedIn={establish} />
      <p style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        {t('auth.signIn.noAccount')}{' '}
        <TextLink to={signUpPath(next ?? undefined)} testId="to-sign-up">
          {t('auth.signUp.link')}
        </TextLink>
      </p>
    </AuthLayout>
  );
}
