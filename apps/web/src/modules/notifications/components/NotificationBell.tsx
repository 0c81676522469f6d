import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Empty, Flex, List, Popover, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../i18n/dates';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { MARK_ALL_NOTIFICATIONS_READ_MUTATION, MARK_NOTIFICATIONS_READ_MUTATION } from '../graphql/mutations/markNotificationsReadMutation';
import { NOTIFICATIONS_QUERY, UNREAD_NOTIFICATION_COUNT_QUERY } from '../graphql/queries/notificationsQuery';
import { isNotificationKind, notificationLink, notificationMessage, UNREAD_POLL_MS } from '../utils/notificationLink';
import { NotificationBellButton } from './NotificationBellButton';

const RECENT = 15;

/**
 * The header's bell: the unread count (kept current by organisation events,
 * with a poll as the fallback) and the recent notifications, each leading to
 * its stage. Opening one marks it read.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const [open, setOpen] = useState(false);
  const count = useQuery(UNREAD_NOTIFICATION_COUNT_QUERY, { pollInterval: UNREAD_POLL_MS, fetchPolicy: 'cache-and-network' });
  const list = useQuery(NOTIFICATIONS_QUERY, { variables: { first: RECENT }, skip: !open, fetchPolicy: 'cache-and-network' });
  const refresh = { refetchQueries: [UNREAD_NOTIFICATION_COUNT_QUERY, NOTIFICATIONS_QUERY] };
  const [markRead] = useMutation(MARK_NOTIFICATIONS_READ_MUTATION, refresh);
  const [markAll, markingAll] = useMutation(MARK_ALL_NOTIFICATIONS_READ_MUTATION, refresh);
  const unread = count.data?.unreadNotificationCount ?? 0;
  const items = list.data?.notifications.items ?? [];

  const openOne = (item: (typeof items)[number]) => {
    if (!item.readAt) void markRead({ variables: { ids: [item.id] } }).catch((error: unknown) => handleError(error));
    const to = notificationLink(item);
    setOpen(false);
    if (to) void navigate(to);
  };

  const content = (
    <Flex vertical style={{ width: 360, maxWidth: '80vw' }} data-testid="notification-list">
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button size="small" type="link" disabled={unread === 0} loading={markingAll.loading} onClick={() => void markAll().catch((error: unknown) => handleError(error))} data-testid="notifications-mark-all">
          {t('notifications.markAll')}
        </Button>
      </Flex>
      {list.loading && !list.data ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <List
          size="small"
          dataSource={items}
          style={{ maxHeight: 420, overflowY: 'auto' }}
          renderItem={(item) => (
            <List.Item
              style={{ background: item.readAt ? undefined : '#e6f4ff', paddingInline: 8, cursor: 'pointer' }}
              actions={
                item.readAt
                  ? []
                  : [
                      <Button key="read" size="small" type="link" onClick={() => void markRead({ variables: { ids: [item.id] } }).catch((error: unknown) => handleError(error))}>
                        {t('notifications.markRead')}
                      </Button>,
                    ]
              }
            >
              <button
                type="button"
                onClick={() => openOne(item)}
                style={{ all: 'unset', cursor: 'pointer', display: 'block', width: '100%' }}
                data-testid={`notification-${item.id}`}
              >
                <Typography.Text strong={!item.readAt}>
                  {isNotificationKind(item.kind) ? t(`notifications.kinds.${item.kind}`, { actor: item.actor?.user.displayName ?? t('notifications.someone') }) : item.kind}
                </Typography.Text>
                <div>
                  <Typography.Text>{notificationMessage(t, item)}</Typography.Text>
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(item.createdAt)}
                </Typography.Text>
              </button>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );

  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <NotificationBellButton count={unread} />
    </Popover>
  );
}
