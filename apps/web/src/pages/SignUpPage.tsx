import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AuthLayout } from '../modules/auth/components/AuthLayout';
import { TextLink } from '../modules/auth/components/TextLink';
import { SignUpForm } from '../modules/auth/components/SignUpForm';
import { useSession } from '../modules/session/hooks/useSession';
import { signInPath } from '../modules/session/utils/redirects';

export function SignUpPage() {
  const { t } = useTranslation();
  const { establish } = useSession();
  const [searchParams] = useSearchParams();
  const next = searchParams.get('next');

  return (
    <AuthLayout title={t('auth.signUp.title')} subtitle={t('auth.signUp.subtitle')}>
      {/* RedirectIfSignedIn takes the person on once the session is established. */}
      <SignUpForm onSignedUp={establish} />
      <p style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        {t('auth.signUp.haveAccount')}{' '}
        <TextLink to={signInPath(next ?? undefined)} testId="to-sign-in">
          {t('auth.signIn.link')}
        </TextLink>
      </p>
    </AuthLayout>
  );
}
