import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { useLanguage } from './i18n/useLanguage';
import { FeedbackProvider } from './modules/feedback/components/FeedbackProvider';
import { SessionProvider } from './modules/session/components/SessionProvider';
import type { Session } from './modules/session/utils/createSession';

// Apollo Client is provided further down, by the lazily loaded ApolloBoundary.
export function AppProviders({ session, children }: { session: Session; children: ReactNode }) {
  const language = useLanguage();
  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS}>
      <FeedbackProvider>
        <BrowserRouter>
          <SessionProvider session={session}>{children}</SessionProvider>
        </BrowserRouter>
      </FeedbackProvider>
    </ConfigProvider>
  );
}
