import { ArrowLeftOutlined, LinkOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DeliverableEditor } from '../modules/cycles/components/DeliverableEditor';
import { StageActions } from '../modules/cycles/components/StageActions';
import { StageHistory } from '../modules/cycles/components/StageHistory';
import { StageStatusTag } from '../modules/cycles/components/StageStatusTag';
import { CYCLE_STAGE_QUERY } from '../modules/cycles/graphql/queries/cycleStageQuery';
import { PLANNING_CYCLE_QUERY } from '../modules/cycles/graphql/queries/planningCycleQuery';
import { useStageBudget } from '../modules/cycles/hooks/useStageBudget';
import { useStageDecisions } from '../modules/cycles/hooks/useStageDecisions';
import { useStageLabel } from '../modules/cycles/hooks/useStageLabel';
import { cycleActorOf, stageActionOffer } from '../modules/cycles/utils/stageActions';
import { stageWaiting } from '../modules/cycles/utils/stageWaiting';
import { hasApiErrorCode } from '../modules/errors/utils/apiErrors';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { useViewer } from '../modules/session/hooks/useViewer';
import type { CycleStageQuery, PlanningCycleFieldsFragment } from '../gql/graphql';

function StageDetails({ stage, cycle, onReload }: { stage: CycleStageQuery['cycleStage']; cycle: PlanningCycleFieldsFragment; onReload: () => void }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { stageLabel, joinNames } = useStageLabel();
  const decisions = useStageDecisions(stage, onReload);
  const actor = cycleActorOf(viewer?.membership, cycle, stage);
  const offer = stageActionOffer(actor, cycle, stage);
  const named = cycle.stages.map((s) => ({ id: s.id, name: stageLabel(s) }));
  const waiting = stageWaiting(stage, named);
  const dependencies = cycle.stages.filter((s) => stage.dependsOn.includes(s.id));
  const budgetPath = useStageBudget(stage.key ?? null, cycle.planId);

  return (
    <Flex vertical gap={16}>
      <Link to={`/cycles/${cycle.id}`}>
        <ArrowLeftOutlined /> {t('cycles.stage.back', { name: cycle.name })}
      </Link>
      <Flex justify="space-between" align="start" wrap gap={16}>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="stage-title">
            {cycle.stages.findIndex((s) => s.id === stage.id) + 1 || stage.position}. {stageLabel(stage)}
          </Typography.Title>
          <Flex gap={4} style={{ marginTop: 4 }}>
            <StageStatusTag status={stage.status} overdue={stage.overdue} />
          </Flex>
        </div>
        <StageActions offer={offer} busy={decisions.busy} onSubmit={() => void decisions.submit()} onApprove={() => void decisions.approve()} onReturn={decisions.sendBack} />
      </Flex>
      {stage.status === 'returned' && stage.returnReason ? (
        <Alert type="warning" showIcon title={t('cycles.stage.returnedBecause')} description={<span style={{ whiteSpace: 'pre-wrap' }}>{stage.returnReason}</span>} data-testid="stage-return-reason-shown" />
      ) : null}
      {waiting.kind === 'dependencies' ? (
        <Alert type="info" showIcon title={t('cycles.waiting.dependencies', { names: joinNames(waiting.names) })} />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('cycles.deliverables.title')}
            </Typography.Title>
            {stage.deliverables.length === 0 ? <Typography.Text type="secondary">{t('cycles.deliverables.none')}</Typography.Text> : null}
            {stage.deliverables.map((deliverable) => (
              <DeliverableEditor key={deliverable.id} deliverable={deliverable} editable={offer.edit} />
            ))}
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('cycles.stage.details')}>
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'responsible', label: t('cycles.fields.responsible'), children: stage.responsible?.user.displayName ?? t('cycles.nobody') },
                  { key: 'department', label: t('cycles.fields.department'), children: stage.ownerDepartment?.name ?? '—' },
                  { key: 'dates', label: t('cycles.fields.dates'), children: `${stage.startDate} → ${stage.dueDate}` },
                  {
                    key: 'deps',
                    label: t('cycles.fields.dependsOn'),
                    children:
                      dependencies.length === 0
                        ? '—'
                        : (
                            <Flex vertical>
                              {dependencies.map((d) => (
                                <span key={d.id}>
                                  <Link to={`/cycles/${cycle.id}/stages/${d.id}`}>{stageLabel(d)}</Link> · {t(`cycles.statuses.${d.status}`)}
                                </span>
                              ))}
                            </Flex>
                          ),
                  },
                ]}
              />
            </Card>
            <Card size="small" title={t('cycles.stage.linked')}>
              <Flex vertical gap={4}>
                {stage.linkedPlanId ? (
                  <Link to={`/plan?plan=${stage.linkedPlanId}`} data-testid="stage-linked-plan">
                    <LinkOutlined /> {t('cycles.stage.linkedPlan', { year: cycle.planYear })}
                  </Link>
                ) : null}
                {budgetPath ? (
                  <Link to={budgetPath} data-testid="stage-budget-link">
                    <LinkOutlined /> {t('cycles.stage.openBudget')}
                  </Link>
                ) : null}
                {!stage.linkedPlanId && !budgetPath ? <Typography.Text type="secondary">{t('cycles.stage.noLinked')}</Typography.Text> : null}
              </Flex>
            </Card>
            <Card size="small" title={t('cycles.history.title')}>
              <StageHistory events={stage.history} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

function Stage() {
  const { t } = useTranslation();
  const { cycleId = '', stageId = '' } = useParams();
  const stage = useQuery(CYCLE_STAGE_QUERY, { variables: { id: stageId }, fetchPolicy: 'cache-and-network' });
  const cycle = useQuery(PLANNING_CYCLE_QUERY, { variables: { id: cycleId }, fetchPolicy: 'cache-and-network' });
  const error = stage.error ?? cycle.error;
  if (error && (!stage.data || !cycle.data)) {
    if (hasApiErrorCode(error, 'NOT_FOUND')) {
      return <Result status="404" title={t('cycles.stage.notFound')} extra={<Link to="/cycles">{t('cycles.stage.toCycles')}</Link>} />;
    }
    return <Alert type="error" showIcon title={t('errors.loadFailed')} />;
  }
  if (!stage.data || !cycle.data) return <Skeleton active />;
  const reload = () => {
    void stage.refetch();
    void cycle.refetch();
  };
  return <StageDetails stage={stage.data.cycleStage} cycle={cycle.data.planningCycle} onReload={reload} />;
}

export function StagePage() {
  return (
    <RequirePermission permission="cycles.read">
      <Stage />
    </RequirePermission>
  );
}
