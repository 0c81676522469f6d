import type { BudgetResult } from '@opsplan/domain';
import { Card, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatAmount } from '../utils/formatAmount';

interface PreviewStripProps {
  result: BudgetResult | null;
  computing: boolean;
  /** Cells to fix before the engine can run. */
  problemCount: number;
  currency: string;
  dirty: boolean;
}

/** The responsibility target's headline figures, recomputed from the draft on every edit. */
export function PreviewStrip({ result, computing, problemCount, currency, dirty }: PreviewStripProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const money = (value: string) => formatAmount(value, lang, { compact: true, currency });
  const base = result?.responsibility;
  const breakeven = result?.breakeven;
  const payback = base?.payback;

  const figures = [
    { key: 'revenue', title: t('budget.summary.revenue'), value: base ? money(base.total.revenue) : '—' },
    { key: 'netProfit', title: t('budget.summary.netProfit'), value: base ? money(base.total.netProfit) : '—' },
    {
      key: 'breakeven',
      title: t('budget.summary.breakeven'),
      value: !breakeven ? '—' : breakeven.status === 'solved' ? `${formatAmount(breakeven.volumeMultiplier, lang, { decimals: 2 })}×` : t('budget.summary.noBreakeven'),
    },
    {
      key: 'payback',
      title: t('budget.summary.payback'),
      value: !payback
        ? '—'
        : payback.status === 'paidBack'
          ? t('budget.summary.paidBackIn', { index: payback.month.index, month: payback.month.month })
          : payback.status === 'notWithinHorizon'
            ? t('budget.summary.notWithinHorizon')
            : t('budget.summary.noInvestment'),
    },
  ];

  return (
    <Card size="small" data-testid="budget-preview-strip">
      <Flex justify="space-between" align="center" wrap gap={16}>
        <Flex gap={32} wrap>
          {figures.map((figure) => (
            <Statistic key={figure.key} title={figure.title} value={figure.value} styles={{ content: { fontSize: 18 } }} data-testid={`budget-preview-${figure.key}`} />
          ))}
        </Flex>
        <Typography.Text type={problemCount > 0 ? 'warning' : 'secondary'}>
          {problemCount > 0
            ? t('budget.summary.paused', { count: problemCount })
            : computing
              ? t('budget.summary.computing')
              : dirty
                ? t('budget.summary.unsavedNote')
                : t('budget.summary.title')}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
