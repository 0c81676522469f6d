import 'antd/dist/reset.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n/i18n';
import { App } from './App';
import { AppProviders } from './AppProviders';
import { createSession } from './modules/session/utils/createSession';

const session = createSession();
const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

// The first render waits for the language's strings (a small chunk fetched in parallel with the rest).
void i18nReady.finally(() =>
  createRoot(container).render(
    <StrictMode>
      <AppProviders session={session}>
        <App />
      </AppProviders>
    </StrictMode>,
  ),
);
