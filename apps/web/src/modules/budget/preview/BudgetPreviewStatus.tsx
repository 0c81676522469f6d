import { Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BudgetPreview } from './useBudgetPreview';

/** One line beside the scenarios: computing, computed (and how fast), or how many problems stop them. */
export function BudgetPreviewStatus({ preview }: { preview: BudgetPreview }) {
  const { t } = useTranslation();
  if (preview.computing) {
    return (
      <Flex gap={8} align="center" data-testid="budget-preview-status" data-state="computing">
        <Spin size="small" />
        <Typography.Text type="secondary">{t('budgetAnalysis.preview.computing')}</Typography.Text>
      </Flex>
    );
  }
  if (preview.problems.length > 0) {
    return (
      <Typography.Text type="warning" data-testid="budget-preview-status" data-state="problems">
        {t('budgetAnalysis.preview.problems', { count: preview.problems.length })}
      </Typography.Text>
    );
  }
  if (preview.elapsedMs === null) return null;
  return (
    <Typography.Text type="secondary" data-testid="budget-preview-status" data-state="computed">
      {t('budgetAnalysis.preview.computedIn', { ms: Math.max(1, Math.round(preview.elapsedMs)) })}
    </Typography.Text>
  );
}
