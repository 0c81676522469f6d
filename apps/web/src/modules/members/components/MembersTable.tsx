import { useMutation } from '@apollo/client/react';
import { ROLES } from '@opsplan/domain';
import type { Role } from '@opsplan/domain';
import { Button, Popconfirm, Select, Table, Tag, Tooltip, TreeSelect, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import type { MemberFieldsFragment, MembersQuery, UpdateMemberInput } from '../../../gql/graphql';
import { departmentTreeOptions } from '../../departments/utils/departmentTree';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { UPDATE_MEMBER_MUTATION } from '../graphql/mutations/updateMemberMutation';
import { sortMembers } from '../utils/sortMembers';

interface MembersTableProps {
  members: MemberFieldsFragment[];
  departments: MembersQuery['departments'];
  loading: boolean;
  canManage: boolean;
  /** The viewer's own membership: they cannot demote or deactivate themselves here. */
  selfId: string | undefined;
  onConflict: () => void;
}

type MemberChange = Omit<UpdateMemberInput, 'id' | 'version'>;

export function MembersTable({ members, departments, loading, canManage, selfId, onConflict }: MembersTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [updateMember] = useMutation(UPDATE_MEMBER_MUTATION);
  const handleError = useApiErrorHandler();
  const departmentOptions = departmentTreeOptions(departments);

  // Every change carries the version we saw, so a concurrent edit answers CONFLICT instead of being overwritten.
  const change = async (member: MemberFieldsFragment, changes: MemberChange) => {
    try {
      await updateMember({ variables: { input: { id: member.id, version: member.version, ...changes } } });
    } catch (error) {
      handleError(error, { onConflict });
    }
  };

  const columns: TableColumnsType<MemberFieldsFragment> = [
    {
      key: 'name',
      title: t('members.columns.name'),
      render: (_, member) => (
        <Typography.Text delete={!member.active}>
          {member.user.displayName}
          {member.id === selfId ? <Tag style={{ marginInlineStart: 8 }}>{t('members.you')}</Tag> : null}
        </Typography.Text>
      ),
    },
    { key: 'email', title: t('members.columns.email'), render: (_, member) => member.user.email },
    {
      key: 'role',
      title: t('members.columns.role'),
      width: 170,
      render: (_, member) =>
        canManage && member.id !== selfId ? (
          <Select<Role>
            aria-label={t('members.changeRole', { name: member.user.displayName })}
            data-testid={`member-role-${member.id}`}
            value={member.role}
            style={{ width: 150 }}
            disabled={!member.active}
            options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            onChange={(role) => void change(member, { role })}
          />
        ) : (
          t(`roles.${member.role}`)
        ),
    },
    {
      key: 'department',
      title: t('members.columns.department'),
      width: 220,
      render: (_, member) =>
        canManage ? (
          <TreeSelect<string | undefined>
            aria-label={t('members.changeDepartment', { name: member.user.displayName })}
            data-testid={`member-department-${member.id}`}
            value={member.department?.id}
            placeholder={t('members.noDepartment')}
            allowClear
            treeDefaultExpandAll
            style={{ width: 200 }}
            disabled={!member.active}
            treeData={departmentOptions}
            // Clearing sends null: the member leaves their department.
            onChange={(departmentId) => void change(member, { departmentId: departmentId ?? null })}
          />
        ) : (
          (member.department?.name ?? <Typography.Text type="secondary">{t('members.noDepartment')}</Typography.Text>)
        ),
    },
    {
      key: 'active',
      title: t('members.columns.status'),
      width: 120,
      render: (_, member) =>
        member.active ? <Tag color="green">{t('members.active')}</Tag> : <Tag>{t('members.inactive')}</Tag>,
    },
  ];

  if (canManage) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 140,
      render: (_, member) => {
        if (member.id === selfId) {
          return (
            <Tooltip title={t('members.cannotChangeSelf')}>
              <Button type="link" size="small" disabled>
                {t('members.deactivate')}
              </Button>
            </Tooltip>
          );
        }
        return member.active ? (
          <Popconfirm
            title={t('members.deactivateConfirm', { name: member.user.displayName })}
            description={t('members.deactivateHelp')}
            okText={t('members.deactivate')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => change(member, { active: false })}
          >
            <Button type="link" size="small" danger data-testid={`member-deactivate-${member.id}`}>
              {t('members.deactivate')}
            </Button>
          </Popconfirm>
        ) : (
          <Popconfirm
            title={t('members.reactivateConfirm', { name: member.user.displayName })}
            okText={t('members.reactivate')}
            cancelText={t('common.cancel')}
            onConfirm={() => change(member, { active: true })}
          >
            <Button type="link" size="small" data-testid={`member-reactivate-${member.id}`}>
              {t('members.reactivate')}
            </Button>
          </Popconfirm>
        );
      },
    });
  }

  return (
    <Table<MemberFieldsFragment>
      rowKey="id"
      columns={columns}
      dataSource={sortMembers(members, language)}
      loading={loading}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('members.empty') }}
      data-testid="members-table"
    />
  );
}
