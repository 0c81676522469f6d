import type { NodeStatus } from '@opsplan/domain';
import { PlusSquareOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Skeleton, theme, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanNodeRowFieldsFragment } from '../../../gql/graphql';
import { STATUS_COLORS, toPercent } from '../utils/nodeDisplay';
import { planTimeline } from '../utils/planTimeline';
import { OverdueTag } from './NodeTags';
import { Timeline } from './Timeline';

interface PlanTimelineProps {
  /** The outline's nodes: objectives and projects are drawn, the rest is ignored. */
  nodes: readonly PlanNodeRowFieldsFragment[];
  /** The plan year's first and last day; the timeline spans at least these. */
  planYear: { start: string; end: string };
  loading: boolean;
  onOpen: (nodeId: string) => void;
  /** Switches to the outline, where dates are set. */
  onShowOutline: () => void;
  /** On a large plan: objectives whose projects are not loaded yet, and how to load them. */
  closedObjectives?: {
    isClosed: (nodeId: string) => boolean;
    loadingIds: readonly string[];
    onShow: (nodeId: string) => void;
  };
}

/** The plan's objectives and projects as bars over its months, coloured by status and filled by progress. */
export function PlanTimeline({ nodes, planYear, loading, onOpen, onShowOutline, closedObjectives }: PlanTimelineProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const byId = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);
  const timeline = useMemo(() => planTimeline(nodes, planYear), [nodes, planYear]);
  const statusColor = (status: NodeStatus) => {
    const color = STATUS_COLORS[status];
    return color === 'default' ? token.colorTextQuaternary : token[color];
  };
  const overdue = (key: string) => byId.get(key)?.overdue ?? false;

  if (loading) return <Skeleton active data-testid="plan-timeline" />;
  if (timeline.items.length === 0) {
    return (
      <Empty
        data-testid="plan-timeline"
        description={
          <Flex vertical gap={4} align="center" data-testid="plan-timeline-empty">
            <Typography.Text strong>{t('plan.timeline.emptyTitle')}</Typography.Text>
            <Typography.Text type="secondary">{t('plan.timeline.emptyHint')}</Typography.Text>
          </Flex>
        }
      >
        <Button onClick={onShowOutline} data-testid="plan-timeline-show-outline">
          {t('plan.timeline.showOutline')}
        </Button>
      </Empty>
    );
  }

  const statuses = [...new Set(timeline.items.map((item) => item.status))];
  return (
    <Flex vertical gap={8} data-testid="plan-timeline">
      <Timeline
        startDate={timeline.startDate}
        endDate={timeline.endDate}
        items={timeline.items}
        barColor={(row) => statusColor(row.status)}
        describe={(row) =>
          [
            t(`node.levels.${row.kind}`),
            t(`node.statuses.${row.status}`),
            `${toPercent(row.progress ?? 0)}%`,
            `${row.startDate} – ${row.dueDate}`,
            ...(overdue(row.key) ? [t('plan.outline.overdue')] : []),
          ].join(' · ')
        }
        barStyle={(row) => (overdue(row.key) ? { outline: `2px solid ${token.colorError}`, outlineOffset: 1 } : undefined)}
        titleExtra={(row) => (
          <>
            {overdue(row.key) ? <OverdueTag /> : null}
            {row.kind === 'objective' && closedObjectives?.isClosed(row.key) ? (
              <Tooltip title={t('plan.timeline.showProjects')}>
                <Button
                  size="small"
                  type="text"
                  icon={<PlusSquareOutlined />}
                  aria-label={t('plan.timeline.showProjects')}
                  loading={closedObjectives.loadingIds.includes(row.key)}
                  onClick={() => closedObjectives.onShow(row.key)}
                  data-testid={`timeline-show-projects-${row.key}`}
                />
              </Tooltip>
            ) : null}
          </>
        )}
        onOpen={(row) => onOpen(row.key)}
        legend={statuses.map((status) => ({ key: status, label: t(`node.statuses.${status}`), color: statusColor(status) }))}
      />
      {timeline.undated > 0 ? (
        <Typography.Text type="secondary" data-testid="plan-timeline-undated">
          {t('plan.timeline.undated', { count: timeline.undated })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
