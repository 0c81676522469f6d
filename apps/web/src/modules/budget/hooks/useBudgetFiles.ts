import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { saveBlob } from '../../cycles/utils/attachments';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { useSession } from '../../session/hooks/useSession';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The largest workbook the API takes. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export type ExportScenario = 'all' | 'responsibility' | 'stretch' | 'breakeven';

/** What POST /budgets/:id/import answers. */
export interface ImportAnswer {
  imported: boolean;
  problems: { sheet: string; row: number; column: string; reason: string }[];
  counts: { revenueLines: number; costLines: number; positions: number; loans: number };
  batchId: string | null;
  carriedOver?: { lines: number; actuals: number };
}

const STATUS_CODES: Record<number, string> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 413: 'PAYLOAD_TOO_LARGE' };

/**
 * The budget's Excel files. The routes are authenticated like GraphQL (the
 * in-memory access token as a Bearer header), so a plain link cannot carry
 * it: fetch, then hand the browser a Blob. An expired token is refreshed
 * once, as the Apollo link does.
 */
export function useBudgetFiles(budget: { id: string; name: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const message = useMessageApi();
  const { manager } = useSession();
  const [busy, setBusy] = useState<'export' | 'template' | 'import' | null>(null);

  const send = useCallback(
    async (url: string, init: RequestInit = {}): Promise<Response> => {
      const attempt = () => {
        const token = manager.accessToken();
        return fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), ...(token ? { authorization: `Bearer ${token}` } : {}) }, credentials: 'include' });
      };
      let response = await attempt();
      if (response.status === 401 && (await manager.refresh()).kind === 'ok') response = await attempt();
      return response;
    },
    [manager],
  );

  /** The API's `{error: {code}}`, in the person's language. */
  const reportFailure = async (response: Response) => {
    let code = STATUS_CODES[response.status] ?? 'UNKNOWN';
    try {
      const body = (await response.json()) as { error?: { code?: string } };
      if (body.error?.code) code = body.error.code;
    } catch {
      // Not JSON: the status decides.
    }
    if (code === 'BUDGET_LOCKED') void message.error(t('budget.errors.locked'));
    else if (code === 'PAYLOAD_TOO_LARGE') void message.error(t('budget.excel.tooLarge'));
    else if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' || code === 'CONFLICT') void message.error(t(`errors.${code}`));
    else void message.error(t('errors.UNKNOWN'));
  };

  const download = async (kind: 'export' | 'template', scenario: ExportScenario = 'all') => {
    const path = kind === 'export' ? `export.xlsx?scenario=${encodeURIComponent(scenario)}&lang=${encodeURIComponent(lang)}` : `template.xlsx?lang=${encodeURIComponent(lang)}`;
    setBusy(kind);
    try {
      const response = await send(`/budgets/${encodeURIComponent(budget.id)}/${path}`);
      if (!response.ok) {
        await reportFailure(response);
        return;
      }
      const filename =
        kind === 'export'
          ? t('budget.excel.filename', { name: budget.name, scenario: t(`budget.excel.scenarios.${scenario}`) })
          : t('budget.excel.templateFilename', { name: budget.name });
      saveBlob(await response.blob(), filename);
    } catch {
      void message.error(t('errors.NETWORK'));
    } finally {
      setBusy(null);
    }
  };

  /** Checks (`dryRun`) or imports a filled template; null when the request failed (already reported). */
  const upload = async (file: Blob, dryRun: boolean): Promise<ImportAnswer | null> => {
    setBusy('import');
    try {
      const response = await send(`/budgets/${encodeURIComponent(budget.id)}/import${dryRun ? '?dryRun=1' : ''}`, {
        method: 'POST',
        headers: { 'content-type': XLSX_TYPE },
        body: file,
      });
      if (!response.ok) {
        await reportFailure(response);
        return null;
      }
      return (await response.json()) as ImportAnswer;
    } catch {
      void message.error(t('errors.NETWORK'));
      return null;
    } finally {
      setBusy(null);
    }
  };

  return { download, upload, busy };
}
