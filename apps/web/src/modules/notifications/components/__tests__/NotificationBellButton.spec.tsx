import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../../i18n/i18n';
import { notificationLink, notificationMessage } from '../../utils/notificationLink';
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

describe('what a notification says', () => {
  afterEach(() => void i18n.changeLanguage('en'));
  const overdue = { kind: 'stage_overdue', message: '销售计划 Sales plan', dueDate: '2026-11-28' };

  it('words an overdue reminder in the reader’s language, from the stage and its due date', async () => {
    expect(notificationMessage(i18n.t, overdue)).toBe('销售计划 Sales plan, due 2026-11-28');
    await i18n.changeLanguage('zh-CN');
    expect(notificationMessage(i18n.t, overdue)).toBe('销售计划 Sales plan（截止 2026-11-28）');
  });

  it('shows other messages, and a reminder without a date, as written', () => {
    expect(notificationMessage(i18n.t, { kind: 'stage_returned', message: 'Numbers missing', dueDate: null })).toBe('Numbers missing');
    expect(notificationMessage(i18n.t, { ...overdue, dueDate: null })).toBe('销售计划 Sales plan');
  });
});
