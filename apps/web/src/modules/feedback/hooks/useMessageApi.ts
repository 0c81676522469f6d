import { use } from 'react';
import { MessageContext } from './MessageContext';
import type { MessageApi } from './MessageContext';

/** antd's message API bound to our ConfigProvider (theme, locale), unlike the static `message`. */
export function useMessageApi(): MessageApi {
  const api = use(MessageContext);
  if (!api) throw new Error('useMessageApi must be used inside <FeedbackProvider>');
  return api;
}
