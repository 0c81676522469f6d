import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentFieldsFragment } from '../gql/graphql';
import { DepartmentFormModal } from '../modules/departments/components/DepartmentFormModal';
import { DepartmentsTable } from '../modules/departments/components/DepartmentsTable';
import { DEPARTMENTS_QUERY } from '../modules/departments/graphql/queries/departmentsQuery';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { useCan } from '../modules/session/hooks/useCan';

type Editing = { mode: 'create'; parentId?: string } | { mode: 'edit'; department: DepartmentFieldsFragment };

function Departments() {
  const { t } = useTranslation();
  const can = useCan();
  const canManage = can('departments.manage');
  const [editing, setEditing] = useState<Editing | null>(null);
  const { data, loading, error, refetch } = useQuery(DEPARTMENTS_QUERY, { fetchPolicy: 'cache-and-network' });
  const departments = data?.departments ?? [];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={16} style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('departments.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('departments.subtitle')}</Typography.Text>
        </div>
        {canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })} data-testid="create-department">
            {t('departments.create')}
          </Button>
        ) : null}
      </Flex>
      {error && !data ? <Alert type="error" showIcon title={t('errors.loadFailed')} style={{ marginBottom: 16 }} /> : null}
      {/* The table mounts once data is here, so every branch starts expanded. */}
      {loading && !data ? (
        <Skeleton active />
      ) : (
        <DepartmentsTable
          departments={departments}
          loading={false}
          canManage={canManage}
          onEdit={(department) => setEditing({ mode: 'edit', department })}
          onAddChild={(parent) => setEditing({ mode: 'create', parentId: parent.id })}
          onConflict={() => void refetch()}
        />
      )}
      {canManage ? (
        <DepartmentFormModal
          open={editing !== null}
          department={editing?.mode === 'edit' ? editing.department : undefined}
          defaultParentId={editing?.mode === 'create' ? editing.parentId : undefined}
          departments={departments}
          members={data?.members ?? []}
          onClose={() => setEditing(null)}
          onConflict={() => void refetch()}
        />
      ) : null}
    </>
  );
}

export function DepartmentsPage() {
  return (
    <RequirePermission permission="members.read">
      <Departments />
    </RequirePermission>
  );
}
