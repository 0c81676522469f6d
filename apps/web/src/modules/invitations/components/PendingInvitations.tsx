import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Popconfirm, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InvitationFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { REVOKE_INVITATION_MUTATION } from '../graphql/mutations/revokeInvitationMutation';
import { INVITATIONS_QUERY } from '../graphql/queries/invitationsQuery';
import { isPending } from '../utils/invitationStatus';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { formatDateTime } from '../../../i18n/dates';

export function PendingInvitations() {
  const { t } = useTranslation();
  const message = useMessageApi();
  const { data, loading, error, refetch } = useQuery(INVITATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [revokeInvitation] = useMutation(REVOKE_INVITATION_MUTATION);
  const handleError = useApiErrorHandler();
  const pending = (data?.invitations ?? []).filter((invitation) => isPending(invitation));

  const revoke = async (invitation: InvitationFieldsFragment) => {
    try {
      await revokeInvitation({ variables: { id: invitation.id } });
      void message.success(t('invitations.revoked'));
    } catch (caught) {
      handleError(caught, { onConflict: () => void refetch() });
    }
  };

  const columns: TableColumnsType<InvitationFieldsFragment> = [
    {
      key: 'email',
      title: t('invitations.email'),
      render: (_, invitation) =>
        invitation.email ?? <Typography.Text type="secondary">{t('invitations.anyoneWithLink')}</Typography.Text>,
    },
    { key: 'role', title: t('invitations.role'), render: (_, invitation) => t(`roles.${invitation.role}`) },
    {
      key: 'department',
      title: t('invitations.department'),
      render: (_, invitation) => invitation.department?.name ?? '—',
    },
    {
      key: 'invitedBy',
      title: t('invitations.invitedBy'),
      render: (_, invitation) => invitation.invitedBy?.displayName ?? '—',
    },
    {
      key: 'expiresAt',
      title: t('invitations.expiresAt'),
      render: (_, invitation) => formatDateTime(invitation.expiresAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, invitation) => (
        <Popconfirm
          title={t('invitations.revokeConfirm')}
          description={t('invitations.revokeHelp')}
          okText={t('invitations.revoke')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => revoke(invitation)}
        >
          <Button type="link" size="small" danger data-testid={`revoke-invitation-${invitation.id}`}>
            {t('invitations.revoke')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card title={t('invitations.pendingTitle')} style={{ marginTop: 24 }} data-testid="pending-invitations">
      {error && !data ? <Alert type="error" showIcon title={t('errors.loadFailed')} /> : null}
      <Table<InvitationFieldsFragment>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={pending}
        loading={loading && !data}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('invitations.nonePending') }}
      />
    </Card>
  );
}
