import type { BudgetResult, ScenarioName } from '@opsplan/domain';
import { Card, Col, Empty, Row, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useLanguage } from '../../../i18n/useLanguage';
import type { Language } from '../../../i18n/language';
import { formatAmount, formatRate } from '../utils/formatAmount';
import { breakevenChartData } from './breakevenChart';
import { cumulativeCash, scenarioBars } from './scenarioFigures';
import type { PeriodKey } from './scenarioFigures';

/*
 * Everything here imports recharts, so this module is only ever loaded lazily
 * (see ScenarioComparison). Animation is off: the figures are read, not watched.
 * Chart geometry uses numbers; every figure a person reads is formatted from
 * the engine's decimal strings or rounded to cents.
 */

export const SCENARIO_COLORS: Record<ScenarioName, string> = {
  responsibility: '#1677ff',
  stretch: '#52c41a',
  breakeven: '#fa8c16',
};
const REVENUE_COLOR = '#1677ff';
const COST_COLOR = '#ff4d4f';
const PROFIT_COLOR = '#52c41a';

/** A chart figure (a number of currency units) for reading: to cents, then formatted exactly. */
function chartAmount(value: unknown, lang: Language, compact = false): string {
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) return '';
  return formatAmount(number.toFixed(2), lang, { compact });
}

interface ScenarioChartsProps {
  result: BudgetResult;
  currency: string;
  period: PeriodKey;
}

/** Memoised: typing in the drivers re-renders the page on every key, the charts only when the scenarios change. */
export const ScenarioCharts = memo(function ScenarioCharts({ result, currency, period }: ScenarioChartsProps) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <ScenarioBarsChart result={result} currency={currency} period={period} />
      </Col>
      <Col xs={24} xl={14}>
        <CashChart result={result} currency={currency} />
      </Col>
      <Col xs={24}>
        <BreakevenChart result={result} currency={currency} />
      </Col>
    </Row>
  );
});

function ScenarioBarsChart({ result, currency, period }: { result: BudgetResult; currency: string; period: PeriodKey }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const bars = scenarioBars(result, period).map((bar) => ({ ...bar, name: t(`budgetAnalysis.scenarios.${bar.scenario}`) }));
  return (
    <Card title={t('budgetAnalysis.charts.bars.title')} extra={<Typography.Text type="secondary">{currency}</Typography.Text>} style={{ height: '100%' }} data-testid="scenario-bars-chart">
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={bars} margin={{ top: 8, right: 8 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="name" interval={0} />
          <YAxis tickFormatter={(value: number) => chartAmount(value, lang, true)} width={72} />
          <Tooltip formatter={(value) => chartAmount(value, lang)} />
          <Legend />
          <ReferenceLine y={0} stroke="#8c8c8c" />
          <Bar dataKey="revenue" name={t('budgetAnalysis.charts.bars.revenue')} fill={REVENUE_COLOR} isAnimationActive={false} />
          <Bar dataKey="costs" name={t('budgetAnalysis.charts.bars.costs')} fill={COST_COLOR} isAnimationActive={false} />
          <Bar dataKey="profit" name={t('budgetAnalysis.charts.bars.profit')} fill={PROFIT_COLOR} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </Card>
  );
}

function CashChart({ result, currency }: { result: BudgetResult; currency: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { points, paybacks } = cumulativeCash(result);
  const lines: ScenarioName[] = result.breakeven.status === 'solved' ? ['responsibility', 'stretch', 'breakeven'] : ['responsibility', 'stretch'];
  return (
    <Card title={t('budgetAnalysis.charts.cash.title')} style={{ height: '100%' }} data-testid="scenario-cash-chart">
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={points} margin={{ top: 16, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" minTickGap={24} />
          <YAxis tickFormatter={(value: number) => chartAmount(value, lang, true)} width={72} />
          <Tooltip formatter={(value) => chartAmount(value, lang)} />
          <Legend />
          <ReferenceLine y={0} stroke="#8c8c8c" />
          {lines.map((name) => (
            <Line key={name} dataKey={name} name={t(`budgetAnalysis.scenarios.${name}`)} stroke={SCENARIO_COLORS[name]} strokeWidth={2} dot={false} isAnimationActive={false} />
          ))}
          {paybacks.map((payback, index) => (
            <ReferenceLine
              key={`line-${payback.scenario}`}
              x={payback.month}
              stroke={SCENARIO_COLORS[payback.scenario]}
              strokeDasharray="4 4"
              label={{ value: t('budgetAnalysis.charts.cash.payback'), position: index % 2 === 0 ? 'insideTopLeft' : 'insideBottomLeft', fontSize: 12, fill: SCENARIO_COLORS[payback.scenario] }}
            />
          ))}
          {paybacks.map((payback, index) => (
            <ReferenceDot
              key={`dot-${payback.scenario}`}
              x={payback.month}
              y={payback.value}
              r={5}
              fill={SCENARIO_COLORS[payback.scenario]}
              stroke="#fff"
              label={{ value: payback.month, position: index % 2 === 0 ? 'top' : 'bottom', fontSize: 12 }}
              shape={(props) => (
                <circle cx={props.cx} cy={props.cy} r={5} fill={SCENARIO_COLORS[payback.scenario]} stroke="#fff" data-testid={`payback-marker-${payback.scenario}`} />
              )}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <Typography.Text type="secondary">
        {t('budgetAnalysis.charts.cash.hint', { currency })}
        {result.responsibility.payback.status === 'noInvestment'
          ? ` ${t('budgetAnalysis.charts.cash.noInvestment')}`
          : paybacks.length === 0
            ? ` ${t('budgetAnalysis.charts.cash.noPayback')}`
            : null}
      </Typography.Text>
    </Card>
  );
}

function BreakevenChart({ result, currency }: { result: BudgetResult; currency: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const data = breakevenChartData(result);
  const marker = data.marker;
  return (
    <Card
      title={t('budgetAnalysis.charts.breakeven.title')}
      extra={<Typography.Text type="secondary">{t('budgetAnalysis.charts.breakeven.hint', { currency })}</Typography.Text>}
      data-testid="breakeven-chart"
    >
      {marker === null ? <Empty description={t('budgetAnalysis.breakeven.none')} style={{ marginBottom: 8 }} /> : null}
      <ResponsiveContainer width="100%" height={340}>
        <LineChart data={data.points} margin={{ top: 24, right: 24, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="volume"
            domain={[0, data.points[data.points.length - 1]?.volume ?? 150]}
            tickFormatter={(value: number) => `${value}%`}
            label={{ value: t('budgetAnalysis.charts.breakeven.volume'), position: 'insideBottom', offset: -4 }}
          />
          <YAxis tickFormatter={(value: number) => chartAmount(value, lang, true)} width={72} />
          <Tooltip labelFormatter={(value) => t('budgetAnalysis.charts.breakeven.atVolume', { volume: String(value) })} formatter={(value) => chartAmount(value, lang)} />
          <Legend verticalAlign="top" />
          <ReferenceLine x={100} stroke="#8c8c8c" strokeDasharray="4 4" label={{ value: t('budgetAnalysis.charts.breakeven.plan'), position: 'insideTopRight', fontSize: 12 }} />
          <Line type="linear" dataKey="revenue" name={t('budgetAnalysis.charts.breakeven.revenue')} stroke={REVENUE_COLOR} strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line type="linear" dataKey="cost" name={t('budgetAnalysis.charts.breakeven.cost')} stroke={COST_COLOR} strokeWidth={2} dot={false} isAnimationActive={false} />
          {marker ? (
            <ReferenceDot
              x={marker.volume}
              y={marker.revenue}
              r={7}
              ifOverflow="extendDomain"
              label={{
                value: t('budgetAnalysis.charts.breakeven.marker', { volume: formatRate(marker.multiplier), revenue: formatAmount(marker.revenueText, lang, { compact: true }) }),
                position: 'left',
                fontSize: 12,
              }}
              shape={(props) => <circle cx={props.cx} cy={props.cy} r={7} fill="#fff" stroke="#fa8c16" strokeWidth={3} data-testid="breakeven-marker" />}
            />
          ) : null}
        </LineChart>
      </ResponsiveContainer>
    </Card>
  );
}
