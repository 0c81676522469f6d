import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { departmentKey } from './headcountPlan';
import type { HeadcountPlanData } from './headcountPlan';

// recharts: loaded lazily by HeadcountPlan only.

const PALETTE = ['#1677ff', '#52c41a', '#fa8c16', '#722ed1', '#13c2c2', '#eb2f96', '#faad14', '#2f54eb', '#a0d911', '#f5222d'];

/** Standard headcount per month, one stacked segment per department. Redrawn only when a figure or a name changes (editing revenue leaves it as it is). */
export const HeadcountChart = memo(function HeadcountChart({ data, departments }: { data: HeadcountPlanData; departments: { id: string; name: string }[] }) {
  return (
    <div data-testid="headcount-chart">
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={data.chart} margin={{ top: 8, right: 8 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="month" minTickGap={16} />
          <YAxis allowDecimals />
          <Tooltip />
          <Legend />
          {departments.map((department, i) => (
            <Bar key={department.id} dataKey={departmentKey(department.id)} name={department.name} stackId="headcount" fill={PALETTE[i % PALETTE.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}, sameChart);

function sameChart(a: { data: HeadcountPlanData; departments: { id: string; name: string }[] }, b: typeof a): boolean {
  if (a.departments.length !== b.departments.length || a.data.chart.length !== b.data.chart.length) return false;
  if (a.departments.some((d, i) => d.id !== b.departments[i].id || d.name !== b.departments[i].name)) return false;
  return a.data.chart.every((row, m) => {
    const other = b.data.chart[m];
    return row.month === other.month && a.departments.every((d) => row[departmentKey(d.id)] === other[departmentKey(d.id)]);
  });
}
