import { ApartmentOutlined, CheckCircleTwoTone, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCan } from '../../session/hooks/useCan';

interface Step {
  key: string;
  icon: ReactNode;
  title: string;
  description: string;
  done: boolean;
  action?: { label: string; to: string; testId: string };
}

/**
 * A new organisation is empty: say what to do first. Members without the
 * rights to do it are told who can.
 */
export function NextStepsCard({ memberCount, departmentCount }: { memberCount: number; departmentCount: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const can = useCan();
  const steps: Step[] = [
    {
      key: 'invite',
      icon: <TeamOutlined />,
      title: t('overview.nextSteps.invite.title'),
      description: can('invitations.manage')
        ? t('overview.nextSteps.invite.description')
        : t('overview.nextSteps.invite.askAdmin'),
      done: memberCount > 1,
      action: can('invitations.manage')
        ? { label: t('overview.nextSteps.invite.action'), to: '/members', testId: 'next-step-invite' }
        : undefined,
    },
    {
      key: 'departments',
      icon: <ApartmentOutlined />,
      title: t('overview.nextSteps.departments.title'),
      description: can('departments.manage')
        ? t('overview.nextSteps.departments.description')
        : t('overview.nextSteps.departments.askAdmin'),
      done: departmentCount > 0,
      action: can('departments.manage')
        ? { label: t('overview.nextSteps.departments.action'), to: '/departments', testId: 'next-step-departments' }
        : undefined,
    },
  ];
  if (steps.every((step) => step.done)) return null;

  return (
    <Card title={t('overview.nextSteps.title')} style={{ marginTop: 16 }} data-testid="next-steps">
      <Typography.Paragraph type="secondary">{t('overview.nextSteps.intro')}</Typography.Paragraph>
      <Flex vertical gap={16}>
        {steps.map((step) => (
          <Flex key={step.key} gap={16} align="flex-start" data-step={step.key} data-done={step.done}>
            <span style={{ fontSize: 20, lineHeight: '24px' }} aria-hidden>
              {step.done ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : step.icon}
            </span>
            <Flex vertical style={{ flex: 1 }}>
              <Typography.Text strong>{step.title}</Typography.Text>
              <Typography.Text type="secondary">
                {step.done ? t('overview.nextSteps.done') : step.description}
              </Typography.Text>
            </Flex>
            {step.action && !step.done ? (
              <Button type="primary" ghost onClick={() => void navigate(step.action?.to ?? '/')} data-testid={step.action.testId}>
                {step.action.label}
              </Button>
            ) : null}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
