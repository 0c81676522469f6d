import { render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import { useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { DocumentNode } from 'graphql';
import { vi } from 'vitest';
import type { Mock } from 'vitest';
import { FeedbackProvider } from '../modules/feedback/components/FeedbackProvider';
import { SessionContext } from '../modules/session/hooks/SessionContext';
import type { SessionContextValue } from '../modules/session/hooks/SessionContext';
import type { AuthPayload } from '../modules/session/utils/createSession';
import type { GraphQLRequester } from '../modules/session/utils/graphqlRequest';
import { SessionManager } from '../modules/session/utils/sessionManager';

function CurrentLocation() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

type RequestMock = Mock<(document: DocumentNode, variables?: Record<string, unknown>) => Promise<unknown>>;

/** A requester whose answers the test decides; `mock` records what was asked. */
export function fakeRequester(answer: (operationName: string | undefined) => Promise<unknown>): {
  request: GraphQLRequester;
  mock: RequestMock;
} {
  const mock: RequestMock = vi.fn((document: DocumentNode) => {
    const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
    return answer(operation?.name?.value);
  });
  // The generic signature cannot be met by a mock; the answers are checked by the tests instead.
  const request = ((document: DocumentNode, variables?: Record<string, unknown>) => mock(document, variables)) as GraphQLRequester;
  return { request, mock };
}

export function fakeSession(overrides: Partial<SessionContextValue> = {}): SessionContextValue {
  return {
    status: 'signedOut',
    signedOutReason: 'none',
    manager: new SessionManager<AuthPayload>({ requestRefresh: async () => ({ kind: 'unauthenticated' }) }),
    request: fakeRequester(() => Promise.reject(new Error('no request expected'))).request,
    establish: vi.fn(),
    enterOrganization: vi.fn(),
    signOut: vi.fn(async () => undefined),
    retryRestore: vi.fn(),
    ...overrides,
  };
}

/** The fake session, except that establishing one really signs in, as the real provider does. */
function StatefulSession({ session, children }: { session: SessionContextValue; children: ReactNode }) {
  const [status, setStatus] = useState(session.status);
  const value: SessionContextValue = {
    ...session,
    status,
    establish: (payload) => {
      session.establish(payload);
      setStatus('signedIn');
    },
  };
  return <SessionContext value={value}>{children}</SessionContext>;
}

interface RenderOptions {
  session?: SessionContextValue;
  path?: string;
  pattern?: string;
  /** A layout route around the page, e.g. <RedirectIfSignedIn />. */
  layout?: ReactElement;
}

/** Renders `element` at `path` (matched by `pattern`) with the providers a page expects, minus Apollo. */
export function renderWithSession(element: ReactElement, { session = fakeSession(), path = '/', pattern = '*', layout }: RenderOptions = {}) {
  const page = <Route path={pattern} element={element} />;
  return render(
    <ConfigProvider locale={enUS}>
      <FeedbackProvider>
        <MemoryRouter initialEntries={[path]}>
          <StatefulSession session={session}>
            <Routes>
              {layout ? <Route element={layout}>{page}</Route> : page}
              <Route path="/members" element={<p>members page</p>} />
              <Route path="/" element={<p>overview page</p>} />
              {pattern === '*' ? null : <Route path="*" element={<p>another page</p>} />}
            </Routes>
            <CurrentLocation />
          </StatefulSession>
        </MemoryRouter>
      </FeedbackProvider>
    </ConfigProvider>,
  );
}
