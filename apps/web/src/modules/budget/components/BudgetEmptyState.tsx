import { Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanFieldsFragment } from '../../../gql/graphql';
import { CreateBudgetForm } from './CreateBudgetForm';

interface BudgetEmptyStateProps {
  plan: PlanFieldsFragment;
  /** Finance and admins draft budgets; everyone else waits for them. */
  canCreate: boolean;
  defaultStartMonth: string;
}

/** A plan without a budget: what a budget is, and the way to start one (or who will). */
export function BudgetEmptyState({ plan, canCreate, defaultStartMonth }: BudgetEmptyStateProps) {
  const { t } = useTranslation();
  return (
    <Card data-testid="budget-empty">
      <Flex vertical align="center" gap={16}>
        <Empty description={<Typography.Title level={4}>{t('budget.empty.title')}</Typography.Title>} />
        <Typography.Paragraph style={{ maxWidth: 720, textAlign: 'center' }}>{t('budget.empty.whatIs')}</Typography.Paragraph>
        {canCreate ? (
          <>
            <Typography.Paragraph type="secondary" style={{ maxWidth: 720, textAlign: 'center' }}>
              {t('budget.empty.financeAction')}
            </Typography.Paragraph>
            <CreateBudgetForm plan={plan} defaultStartMonth={defaultStartMonth} />
          </>
        ) : (
          <Typography.Paragraph type="secondary" data-testid="budget-empty-wait">
            {t('budget.empty.notYet')}
          </Typography.Paragraph>
        )}
      </Flex>
    </Card>
  );
}
