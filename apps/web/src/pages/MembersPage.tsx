import { UserAddOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InviteMemberModal } from '../modules/invitations/components/InviteMemberModal';
import { PendingInvitations } from '../modules/invitations/components/PendingInvitations';
import { MembersTable } from '../modules/members/components/MembersTable';
import { MEMBERS_QUERY } from '../modules/members/graphql/queries/membersQuery';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { useCan } from '../modules/session/hooks/useCan';
import { useViewer } from '../modules/session/hooks/useViewer';

function Members() {
  const { t } = useTranslation();
  const can = useCan();
  const { viewer } = useViewer();
  const [inviting, setInviting] = useState(false);
  const { data, loading, error, refetch } = useQuery(MEMBERS_QUERY, { fetchPolicy: 'cache-and-network' });
  const canInvite = can('invitations.manage');

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={16} style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('members.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('members.subtitle')}</Typography.Text>
        </div>
        {canInvite ? (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setInviting(true)} data-testid="invite-member">
            {t('invitations.inviteButton')}
          </Button>
        ) : null}
      </Flex>
      {error && !data ? <Alert type="error" showIcon title={t('errors.loadFailed')} style={{ marginBottom: 16 }} /> : null}
      <MembersTable
        members={data?.members ?? []}
        departments={data?.departments ?? []}
        loading={loading && !data}
        canManage={can('members.manage')}
        selfId={viewer?.membership?.id}
        onConflict={() => void refetch()}
      />
      {canInvite ? (
        <>
          <PendingInvitations />
          <InviteMemberModal open={inviting} departments={data?.departments ?? []} onClose={() => setInviting(false)} />
        </>
      ) : null}
    </>
  );
}

export function MembersPage() {
  return (
    <RequirePermission permission="members.read">
      <Members />
    </RequirePermission>
  );
}
