import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { notificationLink } from '../../utils/notificationLink';
import { NotificationBellButton } from '../NotificationBellButton';

describe('the notification bell', () => {
  it('shows the unread count and says it to screen readers', () => {
    render(<NotificationBellButton count={3} />);
    expect(screen.getByTestId('notification-count').textContent).toContain('3');
    expect(screen.getByRole('button', { name: 'Notifications, 3 unread' })).toBeTruthy();
  });

  it('shows no number when everything is read', () => {
    render(<NotificationBellButton count={0} />);
    expect(screen.getByTestId('notification-count').textContent).toBe('');
  });

  it('caps a large count', () => {
    render(<NotificationBellButton count={250} />);
    expect(screen.getByTestId('notification-count').textContent).toContain('99+');
  });
});

describe('where a notification leads', () => {
  it('opens the stage it is about', () => {
    expect(notificationLink({ cycleId: 'c1', stageId: 's1' })).toBe('/cycles/c1/stages/s1');
    expect(notificationLink({ cycleId: 'c1', stageId: null })).toBe('/cycles/c1');
    expect(notificationLink({})).toBeNull();
  });
});
