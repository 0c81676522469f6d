import { useQuery } from '@apollo/client/react';
import type { PlanActor } from '@opsplan/domain';
import { Alert, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NodeDrawer } from '../../plans/components/NodeDrawer';
import type { PeopleAndDepartments } from '../../plans/components/NodeFormFields';
import { HEALTH_COLORS } from '../../plans/utils/pace';
import { readApiErrors } from '../../errors/utils/apiErrors';
import { DEPARTMENT_OVERVIEW_QUERY } from '../graphql/queries/departmentOverviewQuery';
import { healthSummary, workloadRows } from '../utils/departmentView';
import { AtRiskTable } from './AtRiskTable';
import { NoDepartment } from './NoDepartment';
import { DepartmentProjectsTable } from './DepartmentProjectsTable';
import { WorkloadTable } from './WorkloadTable';

interface DepartmentOverviewViewProps extends PeopleAndDepartments {
  planId: string;
  /** undefined: the caller's own department. */
  departmentId: string | undefined;
  /** Null when the viewer may not change this plan (it is archived). */
  actor: PlanActor | null;
}

export function DepartmentOverviewView({ planId, departmentId, actor, members, departments }: DepartmentOverviewViewProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [openNodeId, setOpenNodeId] = useState<string | null>(null);
  const { data, loading, error } = useQuery(DEPARTMENT_OVERVIEW_QUERY, { variables: { planId, departmentId }, fetchPolicy: 'cache-and-network' });
  const overview = data?.departmentOverview;
  // The drawer's access rules look at the departments above a node; the at-risk rows carry their own.
  const byId = useMemo(() => new Map((overview?.atRisk ?? []).map((node) => [node.id, node])), [overview]);

  if (error && !overview) return isNotInDepartment(error) ? <NoDepartment canPickAny={false} /> : <Alert type="error" showIcon title={t('errors.loadFailed')} />;
  if (!overview) return <Card>{loading ? <Skeleton active paragraph={{ rows: 6 }} /> : null}</Card>;

  const summary = healthSummary(overview.projects).filter((entry) => entry.count > 0);
  const workload = workloadRows(overview.workload);
  return (
    <Flex vertical gap={16} data-testid="department-overview">
      <Card
        title={t('departmentView.projects.title', { department: overview.department.name })}
        extra={
          <Flex gap={4} wrap data-testid="health-summary">
            {summary.map((entry) => (
              <Tag key={entry.health} color={HEALTH_COLORS[entry.health]}>
                {t(`pace.health.${entry.health}`)} {entry.count}
              </Tag>
            ))}
          </Flex>
        }
      >
        {overview.projects.length === 0 ? (
          <Empty
            description={
              <Flex vertical gap={4} align="center">
                <Typography.Text strong>{t('departmentView.projects.emptyTitle')}</Typography.Text>
                <Typography.Text type="secondary">{t('departmentView.projects.emptyHelp')}</Typography.Text>
              </Flex>
            }
            data-testid="projects-empty"
          />
        ) : (
          <>
            <Typography.Paragraph type="secondary">{t('departmentView.projects.help')}</Typography.Paragraph>
            <DepartmentProjectsTable projects={overview.projects} onOpen={setOpenNodeId} />
          </>
        )}
      </Card>
      <Card title={t('departmentView.atRisk.title', { total: overview.atRiskTotal })}>
        {overview.atRisk.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('departmentView.atRisk.empty')} data-testid="at-risk-empty" />
        ) : (
          <AtRiskTable nodes={overview.atRisk} total={overview.atRiskTotal} onOpen={setOpenNodeId} />
        )}
      </Card>
      <Card title={t('departmentView.workload.title')}>
        {workload.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('departmentView.workload.empty')} />
        ) : (
          <WorkloadTable rows={workload} />
        )}
      </Card>
      <NodeDrawer
        nodeId={openNodeId}
        byId={byId}
        actor={actor}
        members={members}
        departments={departments}
        // Moving picks a new place in the tree, which only the plan outline shows.
        onMove={() => void navigate(`/plan?plan=${planId}`)}
        onClose={() => setOpenNodeId(null)}
      />
    </Flex>
  );
}

/** The API asks which department when the caller belongs to none. */
const isNotInDepartment = (error: unknown) => readApiErrors(error).some((e) => e.code === 'BAD_USER_INPUT' && e.field === 'departmentId');
