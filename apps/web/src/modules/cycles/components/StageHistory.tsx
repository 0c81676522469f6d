import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CycleStageQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/dates';

type StageEvent = CycleStageQuery['cycleStage']['history'][number];

const COLORS: Record<string, string> = { submit: 'blue', approve: 'green', return: 'red', start: 'gray' };
const ACTIONS = ['submit', 'approve', 'return', 'start'] as const;
const isAction = (action: string): action is (typeof ACTIONS)[number] => (ACTIONS as readonly string[]).includes(action);

/** Who moved the stage from which status to which, when, and why it went back. */
export function StageHistory({ events }: { events: readonly StageEvent[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Empty description={t('cycles.history.empty')} />;
  return (
    <Timeline
      data-testid="stage-history"
      items={events.map((event) => ({
        key: event.id,
        color: COLORS[event.action] ?? 'gray',
        content: (
          <>
            <Typography.Text strong>
              {t('cycles.history.line', {
                actor: event.actor?.user.displayName ?? t('cycles.history.system'),
                action: isAction(event.action) ? t(`cycles.history.actions.${event.action}`) : event.action,
              })}
            </Typography.Text>{' '}
            <Typography.Text type="secondary">
              {t(`cycles.statuses.${event.fromStatus}`)} → {t(`cycles.statuses.${event.toStatus}`)} · {formatDateTime(event.createdAt)}
            </Typography.Text>
            {event.reason ? (
              <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }} data-testid="stage-history-reason">
                {t('cycles.history.reason', { reason: event.reason })}
              </Typography.Paragraph>
            ) : null}
          </>
        ),
      }))}
    />
  );
}
