import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkloadRow } from '../utils/departmentView';

const count = (value: number, color?: string) => <Typography.Text style={value > 0 && color ? { color } : undefined}>{value}</Typography.Text>;

/** Who carries the department's work: open, overdue, at risk and done, per owner. */
export function WorkloadTable({ rows }: { rows: WorkloadRow[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<WorkloadRow> = [
    {
      key: 'owner',
      title: t('node.fields.owner'),
      render: (_, row) => (row.name === null ? <Typography.Text type="secondary">{t('node.unassigned')}</Typography.Text> : row.name),
    },
    { key: 'open', title: t('departmentView.workload.open'), width: 120, align: 'right', render: (_, row) => count(row.open) },
    { key: 'overdue', title: t('plan.outline.overdue'), width: 120, align: 'right', render: (_, row) => count(row.overdue, '#ff4d4f') },
    { key: 'atRisk', title: t('departmentView.workload.atRisk'), width: 120, align: 'right', render: (_, row) => count(row.atRisk, '#fa8c16') },
    { key: 'done', title: t('node.statuses.done'), width: 120, align: 'right', render: (_, row) => count(row.done) },
  ];
  return <Table<WorkloadRow> rowKey="key" columns={columns} dataSource={rows} pagination={rows.length > 15 ? { pageSize: 15 } : false} scroll={{ x: 600 }} size="small" data-testid="department-workload" />;
}
