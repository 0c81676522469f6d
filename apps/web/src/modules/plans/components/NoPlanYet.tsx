import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../session/hooks/useCan';

/** For pages that read a plan: there is none yet, and who can make one. */
export function NoPlanYet() {
  const { t } = useTranslation();
  const can = useCan();
  const canManage = can('plans.manage');
  return (
    <Card data-testid="plan-empty">
      <Empty
        description={
          <Flex vertical gap={4} align="center">
            <Typography.Text strong>{t('plan.emptyTitle')}</Typography.Text>
            <Typography.Text type="secondary">{canManage ? t('plan.emptyGoCreate') : t('plan.emptyAskExecutive')}</Typography.Text>
          </Flex>
        }
      >
        {canManage ? (
          <Link to="/plan">
            <Button type="primary">{t('plan.goToPlan')}</Button>
          </Link>
        ) : null}
      </Empty>
    </Card>
  );
}
