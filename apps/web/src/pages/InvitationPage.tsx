import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { AuthLayout } from '../modules/auth/components/AuthLayout';
import { useApiErrorHandler } from '../modules/errors/hooks/useApiErrorHandler';
import { readApiErrors } from '../modules/errors/utils/apiErrors';
import { ACCEPT_INVITATION_MUTATION } from '../modules/invitations/graphql/mutations/acceptInvitationMutation';
import { INVITATION_PREVIEW_QUERY } from '../modules/invitations/graphql/queries/invitationPreviewQuery';
import { useSession } from '../modules/session/hooks/useSession';
import { useViewer } from '../modules/session/hooks/useViewer';
import { signInPath, signUpPath } from '../modules/session/utils/redirects';
import { formatDateTime } from '../i18n/dates';

export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { status, enterOrganization } = useSession();
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(INVITATION_PREVIEW_QUERY, { variables: { token }, fetchPolicy: 'network-only' });
  const [acceptInvitation, { loading: accepting }] = useMutation(ACCEPT_INVITATION_MUTATION);
  const handleError = useApiErrorHandler();
  const preview = data?.invitationPreview;
  const here = `/invite/${encodeURIComponent(token)}`;

  const accept = async () => {
    try {
      const result = await acceptInvitation({ variables: { token } });
      if (result.data) enterOrganization(result.data.acceptInvitation);
    } catch (caught) {
      handleError(caught);
    }
  };

  if (loading || status === 'restoring') {
    return (
      <AuthLayout title={t('invitation.title')}>
        <Skeleton active />
      </AuthLayout>
    );
  }

  if (error || !preview) {
    const notFound = readApiErrors(error).some((apiError) => apiError.code === 'NOT_FOUND' || apiError.code === 'BAD_USER_INPUT');
    return (
      <AuthLayout title={t('invitation.title')}>
        <Alert
          type="warning"
          showIcon
          title={notFound ? t('invitation.invalidTitle') : t('errors.loadFailed')}
          description={notFound ? t('invitation.invalidDescription') : undefined}
          data-testid="invitation-invalid"
        />
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          <Link to="/">{t('common.backToOverview')}</Link>
        </Typography.Paragraph>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('invitation.title')}>
      <Typography.Paragraph data-testid="invitation-summary">
        {preview.inviterName
          ? t('invitation.invitedBy', { inviter: preview.inviterName, organization: preview.organizationName })
          : t('invitation.invited', { organization: preview.organizationName })}
      </Typography.Paragraph>
      <Descriptions column={1} size="small" bordered style={{ marginBottom: 24 }}>
        <Descriptions.Item label={t('invitation.organization')}>{preview.organizationName}</Descriptions.Item>
        <Descriptions.Item label={t('invitation.role')}>{t(`roles.${preview.role}`)}</Descriptions.Item>
        <Descriptions.Item label={t('invitation.expiresAt')}>{formatDateTime(preview.expiresAt)}</Descriptions.Item>
      </Descriptions>
      {status === 'signedIn' && viewer ? (
        <>
          <Typography.Paragraph type="secondary">{t('auth.signedInAs', { email: viewer.user.email })}</Typography.Paragraph>
          <Button type="primary" block loading={accepting} onClick={() => void accept()} data-testid="accept-invitation">
            {t('invitation.accept')}
          </Button>
        </>
      ) : (
        <Flex vertical gap={8}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('invitation.signInFirst')}
          </Typography.Paragraph>
          <Button type="primary" block onClick={() => void navigate(signInPath(here))} data-testid="invitation-sign-in">
            {t('invitation.signInToAccept')}
          </Button>
          <Button block onClick={() => void navigate(signUpPath(here))} data-testid="invitation-sign-up">
            {t('invitation.signUpToAccept')}
          </Button>
        </Flex>
      )}
    </AuthLayout>
  );
}
