import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { chooseLanguage, currentLanguage } from '../../../i18n/i18n';
import { toLanguage } from '../../../i18n/language';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { SIGN_OUT_MUTATION } from '../graphql/mutations/signOutMutation';
import { SessionContext } from '../hooks/SessionContext';
import type { SessionContextValue, SessionStatus, SignOutReason } from '../hooks/SessionContext';
import type { AuthPayload, Session } from '../utils/createSession';
import type { RefreshOutcome } from '../utils/sessionManager';

/** The language saved on the person's profile follows them to every device. */
function adoptProfileLanguage(payload: AuthPayload): void {
  const language = toLanguage(payload.viewer.user.locale);
  if (language && language !== currentLanguage()) void chooseLanguage(language);
}

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  const { manager, request } = session;
  const message = useMessageApi();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<SessionStatus>('restoring');
  const [signedOutReason, setSignedOutReason] = useState<SignOutReason>('none');

  useEffect(
    () =>
      manager.subscribe((event) => {
        if (event.type === 'expired') {
          setSignedOutReason('expired');
          setStatus('signedOut');
          void message.warning(t('session.expired'));
        }
      }),
    [manager, message, t],
  );

  const applyRestored = useCallback((outcome: RefreshOutcome<AuthPayload>) => {
    if (outcome.kind === 'ok') {
      adoptProfileLanguage(outcome.payload);
      setStatus('signedIn');
    } else {
      setStatus(outcome.kind === 'unauthenticated' ? 'signedOut' : 'unreachable');
    }
  }, []);

  // On load, the refresh cookie (if any) tells us whether someone is signed in.
  useEffect(() => {
    let current = true;
    void manager.refresh().then((outcome) => {
      if (current) applyRestored(outcome);
    });
    return () => {
      current = false;
    };
  }, [applyRestored, manager]);

  const value = useMemo<SessionContextValue>(
    () => ({
      status,
      signedOutReason,
      manager,
      request,
      establish: (payload) => {
        manager.establish(payload);
        adoptProfileLanguage(payload);
        setStatus('signedIn');
      },
      enterOrganization: (payload) => {
        manager.establish(payload);
        setStatus('signedIn');
        void navigate('/');
      },
      signOut: async () => {
        try {
          await request(SIGN_OUT_MUTATION);
        } catch {
          // Signing out locally matters more than telling the server.
        }
        manager.clear();
        setSignedOutReason('user');
        setStatus('signedOut');
      },
      retryRestore: () => {
        setStatus('restoring');
        void manager.refresh().then(applyRestored);
      },
    }),
    [applyRestored, manager, navigate, request, signedOutReason, status],
  );

  return <SessionContext value={value}>{children}</SessionContext>;
}
