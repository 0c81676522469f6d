import { message } from 'antd';
import type { ReactNode } from 'react';
import { MessageContext } from '../hooks/MessageContext';

/**
 * Only what antd's <App> would give us for messages. <App> also brings the
 * modal and notification machinery, which the sign-in page does not need.
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [api, holder] = message.useMessage();
  return (
    <MessageContext value={api}>
      {holder}
      {children}
    </MessageContext>
  );
}
