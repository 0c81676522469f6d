import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { forwardRef } from 'react';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';

type ButtonProps = Omit<ComponentProps<typeof Button>, 'icon' | 'children'>;

/** The bell with the number of unread notifications; the label says the number for screen readers. */
export const NotificationBellButton = forwardRef<HTMLButtonElement, ButtonProps & { count: number }>(function NotificationBellButton({ count, ...rest }, ref) {
  const { t } = useTranslation();
  return (
    <Badge count={count} overflowCount={99} size="small" data-testid="notification-count">
      <Button ref={ref} type="text" shape="circle" icon={<BellOutlined />} aria-label={t('notifications.bell', { count })} data-testid="notification-bell" {...rest} />
    </Badge>
  );
});
