import { useQuery } from '@apollo/client/react';
import { budgetAccess } from '@opsplan/domain';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BudgetToDateQuery } from '../../../gql/graphql';
import { useDictionaryPart } from '../../../i18n/useDictionaryPart';
import { useLanguage } from '../../../i18n/useLanguage';
import { subtract } from '../../budget/analysis/cents';
import { BUDGET_TO_DATE_QUERY } from '../../budget/graphql/queries/budgetToDateQuery';
import { formatAmount } from '../../budget/utils/formatAmount';
import { useViewer } from '../../session/hooks/useViewer';

type ToDate = NonNullable<BudgetToDateQuery['budgetToDate']>;
type Figures = ToDate['revenue'];

/**
 * Year to date against the budget for the executive dashboard: actual revenue
 * and costs beside the responsibility and stretch targets, through the last
 * month with actuals. Shown only to roles that read the whole budget, and
 * only when the plan has one; for anyone else it is simply not there.
 */
export function BudgetToDateCard({ planId }: { planId: string }) {
  const { viewer } = useViewer();
  const role = viewer?.membership?.role;
  // Managers and staff are refused the figures (FORBIDDEN): do not ask.
  const readsAll = role ? (budgetAccess(role, { isHrManager: false, departmentId: null, locked: false })?.readAll ?? false) : false;
  const { data } = useQuery(BUDGET_TO_DATE_QUERY, { variables: { planId }, skip: !readsAll, fetchPolicy: 'cache-and-network' });
  const toDate = data?.budgetToDate;
  const strings = useDictionaryPart('budget');
  // No budget, no access, or the query failed: the dashboard reads the same without this card.
  if (!readsAll || !toDate || !strings) return null;
  return <BudgetToDateFigures toDate={toDate} />;
}

export function BudgetToDateFigures({ toDate }: { toDate: ToDate }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('budgetAnalysis.dashboard.title')}
      extra={
        <Typography.Text type="secondary" data-testid="budget-to-date-through">
          {toDate.throughMonth ? t('budgetAnalysis.dashboard.through', { from: toDate.fromMonth, month: toDate.throughMonth }) : t('budgetAnalysis.dashboard.noActuals')}
        </Typography.Text>
      }
      data-testid="budget-to-date"
    >
      <Row gutter={[24, 16]}>
        <Col xs={24} md={12}>
          <FiguresBlock title={t('budgetAnalysis.dashboard.revenue')} figures={toDate.revenue} currency={toDate.currency} higherIsBetter testId="budget-to-date-revenue" />
        </Col>
        <Col xs={24} md={12}>
          <FiguresBlock title={t('budgetAnalysis.dashboard.costs')} figures={toDate.costs} currency={toDate.currency} higherIsBetter={false} testId="budget-to-date-costs" />
        </Col>
      </Row>
    </Card>
  );
}

function FiguresBlock({ title, figures, currency, higherIsBetter, testId }: { title: string; figures: Figures; currency: string; higherIsBetter: boolean; testId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const money = (value: string) => formatAmount(value, lang, { compact: true, currency });
  const gap = subtract(figures.actual, figures.responsibility);
  const better = higherIsBetter ? !gap.startsWith('-') : gap.startsWith('-') || /^0\.00$/.test(gap);
  const flat = /^-?0\.00$/.test(gap);
  return (
    <div data-testid={testId}>
      <Typography.Text strong>{title}</Typography.Text>
      <Row gutter={16} style={{ marginTop: 8 }}>
        <Col span={8}>
          <Statistic title={t('budgetAnalysis.dashboard.actual')} value={money(figures.actual)} styles={{ content: { color: flat ? undefined : better ? '#389e0d' : '#cf1322' } }} />
        </Col>
        <Col span={8}>
          <Statistic title={t('budgetAnalysis.scenarios.responsibility')} value={money(figures.responsibility)} />
        </Col>
        <Col span={8}>
          <Statistic title={t('budgetAnalysis.scenarios.stretch')} value={money(figures.stretch)} />
        </Col>
      </Row>
      <Typography.Text type="secondary">
        {t('budgetAnalysis.dashboard.againstResponsibility', { amount: formatAmount(gap, lang, { compact: true, currency }) })}
      </Typography.Text>
    </div>
  );
}
