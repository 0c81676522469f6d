import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AuthLayout } from '../modules/auth/components/AuthLayout';
import { CreateOrganizationForm } from '../modules/organizations/components/CreateOrganizationForm';
import { FullPageSpinner } from '../modules/session/components/FullPageSpinner';
import { useSession } from '../modules/session/hooks/useSession';
import { useViewer } from '../modules/session/hooks/useViewer';

export function CreateOrganizationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const { signOut } = useSession();
  if (!viewer) return <FullPageSpinner />;
  const firstOrganization = !viewer.organization;

  return (
    <AuthLayout
      title={t('organization.create.title')}
      subtitle={firstOrganization ? undefined : t('organization.create.subtitle')}
    >
      {firstOrganization ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 24 }}
          title={t('organization.create.welcome', { name: viewer.user.displayName })}
          description={
            <>
              <Typography.Paragraph style={{ marginBottom: 8 }}>{t('organization.create.explanation')}</Typography.Paragraph>
              <Typography.Paragraph style={{ marginBottom: 0 }}>{t('organization.create.invitedInstead')}</Typography.Paragraph>
            </>
          }
          data-testid="no-organization-explanation"
        />
      ) : null}
      <CreateOrganizationForm />
      <Flex justify="space-between" style={{ marginTop: 16 }}>
        {viewer.organization ? (
          <Link to="/">{t('organization.create.back')}</Link>
        ) : (
          <span>{t('auth.signedInAs', { email: viewer.user.email })}</span>
        )}
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          onClick={() => void signOut().then(() => navigate('/sign-in', { replace: true }))}
          data-testid="sign-out"
        >
          {t('shell.signOut')}
        </Button>
      </Flex>
    </AuthLayout>
  );
}
