import { useMutation } from '@apollo/client/react';
import { Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DepartmentFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { DELETE_DEPARTMENT_MUTATION } from '../graphql/mutations/deleteDepartmentMutation';
import { RESTORE_DEPARTMENT_MUTATION } from '../graphql/mutations/restoreDepartmentMutation';
import { DEPARTMENTS_QUERY } from '../graphql/queries/departmentsQuery';
import { MEMBERS_QUERY } from '../../members/graphql/queries/membersQuery';
import { buildDepartmentTree } from '../utils/departmentTree';
import type { DepartmentNode } from '../utils/departmentTree';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';

interface DepartmentsTableProps {
  departments: DepartmentFieldsFragment[];
  loading: boolean;
  canManage: boolean;
  onEdit: (department: DepartmentFieldsFragment) => void;
  onAddChild: (parent: DepartmentFieldsFragment) => void;
  onConflict: () => void;
}

export function DepartmentsTable({ departments, loading, canManage, onEdit, onAddChild, onConflict }: DepartmentsTableProps) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  // Members show department names, so they are refreshed too when one disappears or returns.
  const refetchQueries = [DEPARTMENTS_QUERY, MEMBERS_QUERY];
  const [deleteDepartment] = useMutation(DELETE_DEPARTMENT_MUTATION, { refetchQueries });
  const [restoreDepartment] = useMutation(RESTORE_DEPARTMENT_MUTATION, { refetchQueries });

  const undo = async (id: string, key: string) => {
    message.destroy(key);
    try {
      await restoreDepartment({ variables: { id } });
      void message.success(t('departments.restored'));
    } catch (error) {
      handleError(error);
    }
  };

  const remove = async (department: DepartmentFieldsFragment) => {
    try {
      await deleteDepartment({ variables: { id: department.id } });
      const key = `department-deleted-${department.id}`;
      void message.open({
        key,
        type: 'success',
        duration: 10,
        content: (
          <span data-testid="department-deleted-message">
            {t('departments.deleted', { name: department.name })}
            <Button type="link" size="small" onClick={() => void undo(department.id, key)} data-testid="department-undo">
              {t('common.undo')}
            </Button>
          </span>
        ),
      });
    } catch (error) {
      handleError(error, { onConflict });
    }
  };

  const columns: TableColumnsType<DepartmentNode<DepartmentFieldsFragment>> = [
    {
      key: 'name',
      title: t('departments.name'),
      render: (_, department) => (
        <>
          {department.name}
          {department.isHr ? (
            <Tag color="purple" style={{ marginInlineStart: 8 }} data-testid={`department-hr-${department.id}`}>
              {t('departments.hrTag')}
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      key: 'manager',
      title: t('departments.manager'),
      render: (_, department) =>
        department.manager?.user.displayName ?? <Typography.Text type="secondary">{t('departments.noManager')}</Typography.Text>,
    },
    {
      key: 'memberCount',
      title: t('departments.memberCount'),
      align: 'right',
      width: 120,
      render: (_, department) => department.memberCount,
    },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 260,
      render: (_, department) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onEdit(department)} data-testid={`department-edit-${department.id}`}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => onAddChild(department)} data-testid={`department-add-child-${department.id}`}>
            {t('departments.addChild')}
          </Button>
          <Popconfirm
            title={t('departments.deleteConfirm', { name: department.name })}
            description={t('departments.deleteHelp')}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => remove(department)}
          >
            <Button type="link" size="small" danger data-testid={`department-delete-${department.id}`}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <Table<DepartmentNode<DepartmentFieldsFragment>>
      rowKey="id"
      columns={columns}
      dataSource={buildDepartmentTree(departments)}
      loading={loading}
      pagination={false}
      expandable={{ defaultExpandAllRows: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: canManage ? t('departments.emptyManage') : t('departments.empty') }}
      data-testid="departments-table"
    />
  );
}
