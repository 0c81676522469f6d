import { Card, Col, Flex, Progress, Row, Statistic, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanDashboardQuery } from '../../../gql/graphql';
import { HealthTag } from '../../plans/components/PaceDisplay';
import { formatIndex } from '../../plans/utils/operationsIndex';
import { toPercent } from '../../plans/utils/nodeDisplay';
import { riskCounts } from '../utils/dashboardCharts';

type Dashboard = PlanDashboardQuery['planDashboard'];

/** The headline figures: where the plan stands, against the calendar, and what needs attention. */
export function DashboardStats({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const ops = dashboard.operationsIndex;
  const risks = riskCounts(dashboard.statusCounts, dashboard.overdueCount);
  const elapsed = dashboard.timeElapsed === null ? null : toPercent(dashboard.timeElapsed);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} sm={12} xl={6}>
        <Card style={{ height: '100%' }} data-testid="stat-progress">
          <Flex align="center" gap={16}>
            <Progress type="circle" percent={toPercent(dashboard.progress)} size={72} />
            <Flex vertical gap={4}>
              <Typography.Text type="secondary">{t('plan.overallProgress')}</Typography.Text>
              <HealthTag health={dashboard.health} />
            </Flex>
          </Flex>
        </Card>
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Card style={{ height: '100%' }} data-testid="stat-index">
          <Tooltip title={t('plan.index.help')}>
            <Statistic title={t('plan.index.title')} value={formatIndex(ops.index)} />
          </Tooltip>
          {ops.weakest ? (
            <Tag color="orange" style={{ marginTop: 8 }}>
              {t('plan.index.weakest', { dimension: t(`node.dimensions.${ops.weakest}`) })}
            </Tag>
          ) : (
            <Typography.Text type="secondary">{t('plan.index.noneMeasured')}</Typography.Text>
          )}
        </Card>
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Card style={{ height: '100%' }} data-testid="stat-elapsed">
          <Statistic title={t('dashboard.stats.timeElapsed')} value={elapsed ?? '—'} suffix={elapsed === null ? undefined : '%'} />
          <Typography.Text type="secondary">{t('dashboard.stats.planYear', { start: dashboard.yearStart, end: dashboard.yearEnd })}</Typography.Text>
        </Card>
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Card style={{ height: '100%' }} data-testid="stat-risks">
          <Flex justify="space-between" gap={8}>
            <Statistic title={t('node.statuses.at_risk')} value={risks.atRisk} styles={{ content: { color: risks.atRisk > 0 ? '#fa8c16' : undefined } }} />
            <Statistic title={t('node.statuses.off_track')} value={risks.offTrack} styles={{ content: { color: risks.offTrack > 0 ? '#ff4d4f' : undefined } }} />
            <Statistic title={t('plan.outline.overdue')} value={risks.overdue} styles={{ content: { color: risks.overdue > 0 ? '#ff4d4f' : undefined } }} />
          </Flex>
          <Typography.Text type="secondary">{t('dashboard.stats.ofNodes', { total: risks.total })}</Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}
