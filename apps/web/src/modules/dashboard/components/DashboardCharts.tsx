import type { Dimension } from '@opsplan/domain';
import { Card, Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { PlanDashboardQuery } from '../../../gql/graphql';
import { ABSENT, dimensionsForDisplay } from '../../plans/utils/operationsIndex';
import { HEALTH_STROKES } from '../../plans/utils/pace';
import { barChartHeight, checkInBars, hasCheckIns, objectiveBars, trendPoints } from '../utils/dashboardCharts';
import type { ObjectiveBar } from '../utils/dashboardCharts';

/*
 * Everything here imports recharts, so this module is only ever loaded lazily
 * (see DashboardView): the charts' ~100 KB gzip stay out of every other page.
 * Animation and dots are off: the figures are read, not watched.
 */

type Dashboard = PlanDashboardQuery['planDashboard'];

const ELAPSED_COLOR = '#bfbfbf';
const PRIMARY = '#1677ff';
const CONFIDENCE_COLOR = '#fa8c16';
const MAX_OBJECTIVES_HEIGHT = 460;
const percentTick = (value: number) => `${value}%`;

export function DashboardCharts({ dashboard }: { dashboard: Dashboard }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <ObjectivesChart dashboard={dashboard} />
      </Col>
      <Col xs={24} xl={10}>
        <DimensionsChart dashboard={dashboard} />
      </Col>
      <Col xs={24} xl={14}>
        <TrendChart dashboard={dashboard} />
      </Col>
      <Col xs={24} xl={10}>
        <CheckInChart dashboard={dashboard} />
      </Col>
    </Row>
  );
}

function ObjectivesChart({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const bars = objectiveBars(dashboard.objectives);
  return (
    <Card
      title={t('dashboard.objectives.title')}
      extra={<Typography.Text type="secondary">{t('dashboard.objectives.legendHint')}</Typography.Text>}
      style={{ height: '100%' }}
      data-testid="objectives-chart"
    >
      {bars.length === 0 ? (
        <Empty description={t('dashboard.objectives.empty')} />
      ) : (
        <div style={{ maxHeight: MAX_OBJECTIVES_HEIGHT, overflowY: 'auto' }}>
          <ResponsiveContainer width="100%" height={Math.max(barChartHeight(bars.length), 240)}>
            <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 24 }} barGap={2}>
              <CartesianGrid horizontal={false} strokeDasharray="3 3" />
              <XAxis type="number" domain={[0, 100]} tickFormatter={percentTick} />
              <YAxis type="category" dataKey="label" width={160} tick={{ fontSize: 12 }} />
              <Tooltip
                labelFormatter={(_label, payload) => (payload[0]?.payload as ObjectiveBar | undefined)?.title ?? ''}
                formatter={(value) => (value === null || value === undefined ? ABSENT : `${String(value)}%`)}
              />
              <Legend />
              <Bar dataKey="progress" name={t('dashboard.objectives.progress')} fill={PRIMARY} isAnimationActive={false} barSize={12}>
                {bars.map((bar) => (
                  <Cell key={bar.id} fill={HEALTH_STROKES[bar.health]} />
                ))}
              </Bar>
              <Bar dataKey="elapsed" name={t('dashboard.objectives.elapsed')} fill={ELAPSED_COLOR} isAnimationActive={false} barSize={12} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </Card>
  );
}

function DimensionsChart({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const rows = dimensionsForDisplay(dashboard.operationsIndex.dimensions, dashboard.operationsIndex.weakest).map((row) => ({
    ...row,
    name: t(`node.dimensions.${row.dimension}`),
    // An absent dimension has no bar; its label says why.
    value: row.percent ?? 0,
  }));
  const label = (dimension: Dimension) => {
    const row = rows.find((r) => r.dimension === dimension);
    return row?.percent === null || row === undefined ? ABSENT : `${row.percent}%`;
  };
  return (
    <Card
      title={t('dashboard.dimensions.title')}
      extra={<Typography.Text type="secondary">{t('dashboard.dimensions.hint')}</Typography.Text>}
      style={{ height: '100%' }}
      data-testid="dimensions-chart"
    >
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={rows} margin={{ top: 24, right: 16 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis domain={[0, 100]} tickFormatter={percentTick} />
          <Tooltip formatter={(_value, _name, item) => label((item.payload as { dimension: Dimension }).dimension)} />
          <Bar dataKey="value" name={t('dashboard.dimensions.progress')} isAnimationActive={false} barSize={48}>
            {rows.map((row) => (
              <Cell key={row.dimension} fill={row.weakest ? HEALTH_STROKES.behind : PRIMARY} />
            ))}
            <LabelList dataKey="dimension" position="top" formatter={(dimension: unknown) => label(dimension as Dimension)} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </Card>
  );
}

function TrendChart({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const points = trendPoints(dashboard.trend);
  return (
    <Card title={t('dashboard.trend.title')} style={{ height: '100%' }} data-testid="trend-chart">
      {points.length < 2 ? (
        <Empty description={t('dashboard.trend.empty')} />
      ) : (
        <ResponsiveContainer width="100%" height={280}>
          <LineChart data={points} margin={{ right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="date" tickFormatter={(date: string) => date.slice(5)} minTickGap={24} />
            <YAxis domain={[0, 100]} tickFormatter={percentTick} />
            <Tooltip formatter={(value) => `${String(value)}%`} />
            <Line type="monotone" dataKey="progress" name={t('dashboard.trend.progress')} stroke={PRIMARY} strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      )}
    </Card>
  );
}

function CheckInChart({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const weeks = checkInBars(dashboard.checkInActivity);
  return (
    <Card title={t('dashboard.checkIns.title')} style={{ height: '100%' }} data-testid="check-in-chart">
      {!hasCheckIns(weeks) ? (
        <Empty description={t('dashboard.checkIns.empty')} />
      ) : (
        <ResponsiveContainer width="100%" height={280}>
          <ComposedChart data={weeks} margin={{ right: 8 }}>
            <CartesianGrid vertical={false} strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis yAxisId="count" allowDecimals={false} />
            <YAxis yAxisId="confidence" orientation="right" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} />
            <Tooltip labelFormatter={(label) => t('dashboard.checkIns.week', { week: String(label) })} />
            <Legend />
            <Bar yAxisId="count" dataKey="count" name={t('dashboard.checkIns.count')} fill={PRIMARY} isAnimationActive={false} />
            <Line
              yAxisId="confidence"
              dataKey="confidence"
              name={t('dashboard.checkIns.confidence')}
              stroke={CONFIDENCE_COLOR}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      )}
    </Card>
  );
}
