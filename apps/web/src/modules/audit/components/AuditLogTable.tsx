import { useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditLogQuery } from '../../../gql/graphql';
import { AUDIT_LOG_QUERY } from '../graphql/queries/auditLogQuery';
import { AUDIT_ENTITIES, knownAction, knownEntity } from '../utils/auditLabels';
import type { AuditEntity } from '../utils/auditLabels';
import { AuditChanges } from './AuditChanges';
import { formatDateTime } from '../../../i18n/dates';
import { useDictionaryPart } from '../../../i18n/useDictionaryPart';

type AuditEntry = AuditLogQuery['auditLog']['items'][number];

const PAGE_SIZE = 50;

export function AuditLogTable() {
  const { t } = useTranslation();
  // The words for budget codes (categories, kinds of lines) live in the budget's part of the dictionary.
  useDictionaryPart('budget');
  const [entity, setEntity] = useState<AuditEntity | undefined>(undefined);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore } = useQuery(AUDIT_LOG_QUERY, {
    variables: { first: PAGE_SIZE, entity: entity ?? null },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.auditLog;

  const loadMore = async () => {
    if (!page?.nextCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: page.nextCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  const entityLabel = (value: string) => {
    const known = knownEntity(value);
    return known ? t(`audit.entities.${known}`) : value;
  };
  const actionLabel = (value: string) => {
    const known = knownAction(value);
    return known ? t(`audit.actions.${known}`) : value;
  };

  const columns: TableColumnsType<AuditEntry> = [
    {
      key: 'time',
      title: t('audit.columns.time'),
      width: 180,
      render: (_, entry) => (
        <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, { seconds: true })}</time>
      ),
    },
    {
      key: 'actor',
      title: t('audit.columns.actor'),
      width: 160,
      render: (_, entry) => entry.actor?.displayName ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
    },
    {
      key: 'entity',
      title: t('audit.columns.entity'),
      width: 220,
      render: (_, entry) => (
        <>
          {entityLabel(entry.entity)}
          {entry.entityLabel ? (
            <Typography.Text type="secondary" ellipsis={{ tooltip: entry.entityLabel }} style={{ display: 'block', maxWidth: 220 }} data-testid={`audit-entity-label-${entry.id}`}>
              {entry.entityLabel}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    { key: 'action', title: t('audit.columns.action'), width: 100, render: (_, entry) => actionLabel(entry.action) },
    { key: 'changes', title: t('audit.columns.changes'), render: (_, entry) => <AuditChanges entity={entry.entity} changes={entry.changes} /> },
  ];

  return (
    <>
      <Flex gap={12} align="center" style={{ marginBottom: 16 }}>
        <label htmlFor="audit-entity-filter">{t('audit.filterLabel')}</label>
        <Select<AuditEntity | 'all'>
          id="audit-entity-filter"
          data-testid="audit-entity-filter"
          style={{ width: 200 }}
          value={entity ?? 'all'}
          onChange={(value) => setEntity(value === 'all' ? undefined : value)}
          options={[
            { value: 'all', label: t('audit.allEntities') },
            ...AUDIT_ENTITIES.map((value) => ({ value, label: t(`audit.entities.${value}`) })),
          ]}
        />
      </Flex>
      {error && !data ? <Alert type="error" showIcon title={t('errors.loadFailed')} style={{ marginBottom: 16 }} /> : null}
      <Table<AuditEntry>
        rowKey="id"
        columns={columns}
        dataSource={page?.items ?? []}
        loading={loading && !data}
        pagination={false}
        // The changes take the width left and wrap: a long value (a checklist, a description) does not widen the table.
        scroll={{ x: 1000 }}
        locale={{ emptyText: entity ? t('audit.emptyFiltered') : t('audit.empty') }}
        data-testid="audit-table"
      />
      {page?.nextCursor ? (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void loadMore()} loading={loadingMore} data-testid="audit-load-more">
            {t('audit.loadMore')}
          </Button>
        </Flex>
      ) : null}
    </>
  );
}
