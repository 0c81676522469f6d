import type { TFunction } from 'i18next';

/** Where a notification leads: the stage it is about, else its cycle, else nowhere. */
export function notificationLink(notification: { cycleId?: string | null; stageId?: string | null }): string | null {
  if (notification.cycleId && notification.stageId) return `/cycles/${notification.cycleId}/stages/${notification.stageId}`;
  if (notification.cycleId) return `/cycles/${notification.cycleId}`;
  return null;
}

export const NOTIFICATION_KINDS = ['stage_submitted', 'stage_approved', 'stage_returned', 'stage_overdue'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

/** A notification's line under its heading: an overdue reminder's stage and due date in the reader's language, else the message as written. */
export function notificationMessage(t: TFunction, notification: { kind: string; message: string; dueDate?: string | null }): string {
  if (notification.kind === 'stage_overdue' && notification.dueDate) return t('notifications.overdueMessage', { stage: notification.message, due: notification.dueDate });
  return notification.message;
}

/** How often the unread count is asked for when no organisation event arrives (a socket can drop silently). */
export const UNREAD_POLL_MS = 60_000;
