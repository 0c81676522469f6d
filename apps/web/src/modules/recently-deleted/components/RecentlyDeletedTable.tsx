import { useQuery } from '@apollo/client/react';
import { UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Popconfirm, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/dates';
import { useLanguage } from '../../../i18n/useLanguage';
import { useStageLabel } from '../../cycles/hooks/useStageLabel';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { RECENTLY_DELETED_QUERY } from '../graphql/queries/recentlyDeletedQuery';
import { useRestoreDeletedItem } from '../hooks/useRestoreDeletedItem';
import type { DeletedItem } from '../hooks/useRestoreDeletedItem';
import { deletedItemTitle } from '../utils/deletedItemTitle';

/** The organisation's recent deletions, newest first, each with a Restore that asks first. */
export function RecentlyDeletedTable() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { stageLabel } = useStageLabel();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const { data, loading, error, refetch } = useQuery(RECENTLY_DELETED_QUERY, { fetchPolicy: 'cache-and-network' });
  const { restore, restoringId } = useRestoreDeletedItem();

  const titleOf = (item: DeletedItem) =>
    item.kind === 'cycleStage' ? stageLabel({ key: item.stageKey, name: item.title }) : deletedItemTitle(item, language);

  const onRestore = async (item: DeletedItem) => {
    try {
      await restore(item);
      void message.success(t('recentlyDeleted.restored', { title: titleOf(item) }));
    } catch (restoreError) {
      handleError(restoreError, {
        messages: { BAD_USER_INPUT: t('recentlyDeleted.refused', { title: titleOf(item) }), NOT_FOUND: t('recentlyDeleted.gone', { title: titleOf(item) }) },
      });
      // Someone else may have restored or changed it meanwhile: show the list as it is now.
      void refetch();
    }
  };

  const columns: TableColumnsType<DeletedItem> = [
    {
      key: 'item',
      title: t('recentlyDeleted.columns.item'),
      render: (_, item) => (
        <>
          <Typography.Text strong data-testid={`deleted-title-${item.id}`}>
            {titleOf(item)}
          </Typography.Text>
          <div>
            <Tag>{item.kind === 'planNode' && item.level ? t(`node.levels.${item.level}`) : t(`recentlyDeleted.kinds.${item.kind}`)}</Tag>
          </div>
        </>
      ),
    },
    {
      key: 'where',
      title: t('recentlyDeleted.columns.where'),
      render: (_, item) => item.context ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      key: 'contains',
      title: t('recentlyDeleted.columns.contains'),
      render: (_, item) => <span data-testid={`deleted-count-${item.id}`}>{t('recentlyDeleted.itemCount', { count: item.itemCount })}</span>,
    },
    {
      key: 'deletedBy',
      title: t('recentlyDeleted.columns.deletedBy'),
      render: (_, item) => item.deletedBy?.displayName ?? <Typography.Text type="secondary">{t('recentlyDeleted.unknownPerson')}</Typography.Text>,
    },
    {
      key: 'deletedAt',
      title: t('recentlyDeleted.columns.deletedAt'),
      width: 160,
      render: (_, item) => <time dateTime={item.deletedAt}>{formatDateTime(item.deletedAt)}</time>,
    },
    {
      key: 'action',
      title: t('common.actions'),
      width: 120,
      render: (_, item) =>
        item.parentDeleted ? (
          <Tooltip title={t('recentlyDeleted.parentDeleted')}>
            <Button icon={<UndoOutlined />} disabled data-testid={`deleted-restore-${item.id}`}>
              {t('recentlyDeleted.restore')}
            </Button>
          </Tooltip>
        ) : (
          <Popconfirm
            title={t('recentlyDeleted.confirmTitle', { title: titleOf(item) })}
            description={item.itemCount > 1 ? t('recentlyDeleted.confirmBatch', { count: item.itemCount - 1 }) : undefined}
            okText={t('recentlyDeleted.restore')}
            cancelText={t('common.cancel')}
            onConfirm={() => onRestore(item)}
          >
            <Button icon={<UndoOutlined />} loading={restoringId === item.id} disabled={restoringId !== null && restoringId !== item.id} data-testid={`deleted-restore-${item.id}`}>
              {t('recentlyDeleted.restore')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      {error && !data ? <Alert type="error" showIcon title={t('errors.loadFailed')} style={{ marginBottom: 16 }} /> : null}
      <Table<DeletedItem>
        rowKey="id"
        columns={columns}
        dataSource={data?.recentlyDeleted ?? []}
        loading={loading && !data}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recentlyDeleted.empty')} data-testid="recently-deleted-empty" /> }}
        data-testid="recently-deleted-table"
      />
    </>
  );
}
