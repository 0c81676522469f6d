import { useApolloClient, useMutation } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { hasApiErrorCode, isGraphQLErrors } from '../../errors/utils/apiErrors';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { SET_BUDGET_ACTUALS_MUTATION } from '../graphql/mutations/setBudgetActuals';
import { toCents } from './cents';
import { actualConflicts, actualsChangeset, cellKey, indexActuals, parseActual, rebaseDraft } from './actuals';
import type { ActualLine, DraftCell, SavedActual } from './actuals';

/**
 * The actuals typed in the grid and not saved yet, and saving them. Only
 * changed cells are sent, each with the version of the entry it replaces;
 * when someone else saved a cell in the meantime (CONFLICT) the budget is
 * reloaded, their value is shown beside this person's, and nothing is lost:
 * they re-apply their own or take the other.
 */
export function useActualsDraft(budget: BudgetFieldsFragment) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const [setActuals, { loading: saving }] = useMutation(SET_BUDGET_ACTUALS_MUTATION);
  const [draft, setDraft] = useState<ReadonlyMap<string, DraftCell>>(new Map());
  // Entries a CONFLICT answer named, newer than the budget on screen until it reloads.
  const [reported, setReported] = useState<readonly SavedActual[]>([]);
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set());

  const saved = useMemo(() => {
    const index = indexActuals(budget.actuals);
    for (const entry of reported) {
      const key = cellKey(entry.lineKind, entry.lineId, entry.month);
      if ((index.get(key)?.version ?? 0) < entry.version) index.set(key, entry);
    }
    return index;
  }, [budget.actuals, reported]);
  const cells = useMemo(() => [...draft.values()], [draft]);
  const conflicts = useMemo(() => actualConflicts(cells, saved), [cells, saved]);
  const changeset = useMemo(() => actualsChangeset(cells), [cells]);

  /** Types into cells; a cell typed back to its saved value is no longer a change. */
  const edit = (changes: { line: ActualLine; month: string; text: string }[]) => {
    setDraft((current) => {
      const next = new Map(current);
      for (const { line, month, text } of changes) {
        const key = cellKey(line.lineKind, line.lineId, month);
        const existing = current.get(key);
        const savedEntry = saved.get(key);
        const base = existing ? existing.base : savedEntry ? { amount: savedEntry.amount, version: savedEntry.version } : null;
        const parsed = parseActual(text);
        const unchanged =
          (parsed.kind === 'empty' && base === null) || (parsed.kind === 'amount' && base !== null && toCents(parsed.amount) === toCents(base.amount));
        if (unchanged) next.delete(key);
        else next.set(key, { lineKind: line.lineKind, lineId: line.lineId, month, text, base });
      }
      return next;
    });
    setRejected((current) => {
      if (current.size === 0) return current;
      const next = new Set(current);
      for (const { line, month } of changes) next.delete(cellKey(line.lineKind, line.lineId, month));
      return next;
    });
  };

  const send = async (cellsToSend: readonly DraftCell[]): Promise<boolean> => {
    const { entries, invalid } = actualsChangeset(cellsToSend);
    if (invalid.length > 0) {
      setRejected(new Set(invalid));
      void message.error(t('budgetAnalysis.actuals.invalid', { count: invalid.length }));
      return false;
    }
    if (entries.length === 0) {
      setDraft(new Map());
      return true;
    }
    try {
      await setActuals({ variables: { input: { budgetId: budget.id, entries } } });
      setDraft(new Map());
      setReported([]);
      setRejected(new Set());
      void message.success(t('budgetAnalysis.actuals.saved', { count: entries.length }));
      return true;
    } catch (error) {
      if (hasApiErrorCode(error, 'CONFLICT')) {
        setReported(readConflictingActuals(error));
        void message.warning(t('budgetAnalysis.actuals.conflictMessage'));
        void client.refetchQueries({ include: ['Budget'] });
      } else {
        const field = isGraphQLErrors(error) ? error.errors.map((e) => e.extensions?.['field']).find((f): f is string => typeof f === 'string') : undefined;
        const index = field ? /^entries\[(\d+)\]/.exec(field)?.[1] : undefined;
        if (index !== undefined) {
          const entry = entries[Number(index)];
          if (entry) setRejected(new Set([cellKey(entry.lineKind, entry.lineId, entry.month)]));
        }
        handleError(error);
      }
      return false;
    }
  };

  const conflictKeys = new Set(conflicts.map((c) => c.key));
  return {
    draft,
    saved,
    conflicts,
    /** Keys of cells that are not valid amounts, or that the API refused. */
    invalid: new Set([...changeset.invalid, ...rejected]),
    changes: changeset.entries.length,
    saving,
    edit,
    save: () => send(cells),
    /** Keep this person's values over the other person's, then save. */
    reapply: () => {
      const rebased = rebaseDraft(cells, saved, conflictKeys);
      setDraft(new Map(rebased.map((cell) => [cellKey(cell.lineKind, cell.lineId, cell.month), cell])));
      return send(rebased);
    },
    /** Take the other person's values: drop this person's edits of the conflicting cells. */
    takeTheirs: () => setDraft((current) => new Map([...current].filter(([key]) => !conflictKeys.has(key)))),
    discardAll: () => {
      setDraft(new Map());
      setRejected(new Set());
    },
  };
}

/** The entries a CONFLICT answer carries in `extensions.current` (one entry or a list), when it does. */
function readConflictingActuals(error: unknown): SavedActual[] {
  if (!isGraphQLErrors(error)) return [];
  const found: SavedActual[] = [];
  for (const e of error.errors) {
    const current = e.extensions?.['current'];
    for (const item of Array.isArray(current) ? current : [current]) {
      if (isSavedActual(item)) found.push(item);
    }
  }
  return found;
}

function isSavedActual(value: unknown): value is SavedActual {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['id'] === 'string' &&
    (v['lineKind'] === 'revenue' || v['lineKind'] === 'cost' || v['lineKind'] === 'position') &&
    typeof v['lineId'] === 'string' &&
    typeof v['month'] === 'string' &&
    typeof v['amount'] === 'string' &&
    typeof v['version'] === 'number'
  );
}
