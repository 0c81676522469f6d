import { Card, Col, Empty, List, Progress, Row, Statistic, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanningCycleFieldsFragment } from '../../../gql/graphql';
import { useStageLabel } from '../hooks/useStageLabel';

/** Stages done against those due by today, the chain that decides when the plan is ready, and who is late. */
export function CycleDashboard({ cycle }: { cycle: PlanningCycleFieldsFragment }) {
  const { t } = useTranslation();
  const { stageLabel, joinNames } = useStageLabel();
  const { dashboard } = cycle;
  const byId = new Map(cycle.stages.map((s) => [s.id, s]));
  const percent = dashboard.dueByTodayCount === 0 ? 100 : Math.round((dashboard.doneOfDueCount / dashboard.dueByTodayCount) * 100);
  const path = cycle.criticalPath.map((id) => byId.get(id)).filter((s) => s !== undefined);
  return (
    <Row gutter={[16, 16]} data-testid="cycle-dashboard">
      <Col xs={24} md={8}>
        <Card title={t('cycles.dashboard.dueDone')}>
          <Progress type="circle" percent={percent} status={dashboard.doneOfDueCount < dashboard.dueByTodayCount ? 'exception' : 'success'} format={() => `${dashboard.doneOfDueCount}/${dashboard.dueByTodayCount}`} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('cycles.dashboard.dueDoneHelp', { done: dashboard.doneOfDueCount, due: dashboard.dueByTodayCount, today: cycle.today })}
          </Typography.Paragraph>
        </Card>
      </Col>
      <Col xs={24} md={16}>
        <Card title={t('cycles.dashboard.overview')}>
          <Row gutter={16}>
            <Col span={6}>
              <Statistic title={t('cycles.dashboard.stages')} value={dashboard.stageCount} />
            </Col>
            <Col span={6}>
              <Statistic title={t('cycles.statuses.approved')} value={dashboard.approvedCount} />
            </Col>
            <Col span={6}>
              <Statistic title={t('cycles.statuses.submitted')} value={dashboard.submittedCount} />
            </Col>
            <Col span={6}>
              <Statistic title={t('cycles.overdue')} value={dashboard.overdueCount} styles={{ content: dashboard.overdueCount > 0 ? { color: '#cf1322' } : undefined }} />
            </Col>
          </Row>
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title={t('cycles.criticalPath.title')} extra={<Typography.Text type="secondary">{t('cycles.criticalPath.help')}</Typography.Text>}>
          {path.length === 0 ? (
            <Empty description={t('cycles.criticalPath.empty')} />
          ) : (
            <Steps
              orientation="vertical"
              size="small"
              current={path.findIndex((s) => s.status !== 'approved')}
              items={path.map((stage) => ({
                title: <Link to={`/cycles/${cycle.id}/stages/${stage.id}`}>{stageLabel(stage)}</Link>,
                content: `${t('cycles.fields.dueDate')} ${stage.dueDate} · ${t(`cycles.statuses.${stage.status}`)}${stage.overdue ? ` · ${t('cycles.overdue')}` : ''}`,
                status: stage.status === 'approved' ? 'finish' : stage.overdue ? 'error' : undefined,
              }))}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title={t('cycles.dashboard.late')}>
          <List
            dataSource={dashboard.late}
            locale={{ emptyText: t('cycles.dashboard.nobodyLate') }}
            data-testid="cycle-late"
            renderItem={(late) => (
              <List.Item>
                <List.Item.Meta
                  title={late.member?.user.displayName ?? t('cycles.nobody')}
                  description={joinNames(
                    late.overdueStageIds
                      .map((id) => byId.get(id))
                      .filter((s) => s !== undefined)
                      .map((s) => `${stageLabel(s)} (${s.dueDate})`),
                  )}
                />
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
