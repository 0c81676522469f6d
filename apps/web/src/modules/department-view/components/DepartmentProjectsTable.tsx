import { Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentOverviewQuery } from '../../../gql/graphql';
import { NodeStatusTag, OverdueTag } from '../../plans/components/NodeTags';
import { HealthTag, PaceBar } from '../../plans/components/PaceDisplay';

type Project = DepartmentOverviewQuery['departmentOverview']['projects'][number];

/** The department's projects against the calendar: health, and progress beside the share of time gone. */
export function DepartmentProjectsTable({ projects, onOpen }: { projects: Project[]; onOpen: (nodeId: string) => void }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Project> = [
    {
      key: 'title',
      title: t('departmentView.projects.columns.title'),
      render: (_, { node }) => (
        <Typography.Link onClick={() => onOpen(node.id)} data-testid={`project-${node.id}`}>
          {node.title}
        </Typography.Link>
      ),
    },
    { key: 'owner', title: t('node.fields.owner'), width: 140, render: (_, { node }) => node.owner?.user.displayName ?? t('node.unassigned') },
    {
      key: 'due',
      title: t('node.fields.dueDate'),
      width: 150,
      render: (_, { node }) => (
        <Flex gap={4} align="center">
          <Typography.Text type={node.overdue ? 'danger' : undefined}>{node.dueDate ?? '—'}</Typography.Text>
          {node.overdue ? <OverdueTag /> : null}
        </Flex>
      ),
    },
    { key: 'status', title: t('node.fields.status'), width: 110, render: (_, { node }) => <NodeStatusTag status={node.status} /> },
    { key: 'health', title: t('departmentView.projects.columns.health'), width: 110, render: (_, project) => <HealthTag health={project.health} /> },
    {
      key: 'pace',
      title: t('departmentView.projects.columns.pace'),
      width: 260,
      render: (_, project) => <PaceBar progress={project.node.progress} timeElapsed={project.timeElapsed} health={project.health} />,
    },
  ];
  return (
    <Table<Project>
      rowKey={(project) => project.node.id}
      columns={columns}
      dataSource={projects}
      pagination={projects.length > 20 ? { pageSize: 20 } : false}
      // Wide enough for every column; long titles wrap instead of pushing the bars out of view.
      scroll={{ x: 960 }}
      size="middle"
      onRow={(project) => ({ 'data-testid': `project-row-${project.node.id}` }) as HTMLAttributes<HTMLElement>}
      data-testid="department-projects"
    />
  );
}
