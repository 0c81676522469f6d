import { useMutation } from '@apollo/client/react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BudgetFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { hasApiErrorCode } from '../../errors/utils/apiErrors';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { cellId, cellOfServerField } from '../drivers/cells';
import { RESTORE_BUDGET_LINES_MUTATION } from '../graphql/mutations/restoreBudgetLinesMutation';
import { SAVE_BUDGET_LINES_MUTATION } from '../graphql/mutations/saveBudgetLinesMutation';
import { UPDATE_BUDGET_MUTATION } from '../graphql/mutations/updateBudgetMutation';
import { BUDGET_LOCKED, hasErrorCode, refusedFields } from '../utils/budgetErrors';
import type { BudgetDraftApi } from './useBudgetDraft';

const PROBLEM_CODES = new Set([
  'required',
  'notADecimal',
  'tooManyDecimals',
  'negative',
  'outOfRange',
  'notAnInteger',
  'invalidChoice',
  'invalidMonth',
  'monthOutsideHorizon',
  'firstMonthAfterLastMonth',
  'wrongLength',
  'duplicateId',
  'unknownReference',
  'unknownDepartment',
] as const);
type ProblemCode = typeof PROBLEM_CODES extends Set<infer C> ? C : never;
const isProblemCode = (code: string | null): code is ProblemCode => code !== null && (PROBLEM_CODES as Set<string>).has(code);

/**
 * Undo of deleted lines: restoreBudgetLines with the batch a save (or an
 * import) returned, offered in its success message.
 */
export function useRestoreLines(budgetId: string) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const [restore] = useMutation(RESTORE_BUDGET_LINES_MUTATION);

  const undo = async (key: string, batchId: string) => {
    message.destroy(key);
    try {
      // The restored budget replaces the cached one; the draft follows it (useBudgetDraft).
      await restore({ variables: { budgetId, batchId } });
      void message.success(t('budget.draft.restored'));
    } catch (error) {
      handleError(error);
    }
  };

  /** A success message with Undo when lines went away in a batch. */
  return (text: string, batchId: string | null | undefined) => {
    const key = `budget-saved-${batchId ?? 'none'}`;
    void message.open({
      key,
      type: 'success',
      duration: batchId ? 10 : 3,
      content: (
        <span data-testid="budget-saved-message">
          {text}
          {batchId ? (
            <Button type="link" size="small" onClick={() => void undo(key, batchId)} data-testid="budget-undo-delete">
              {t('common.undo')}
            </Button>
          ) : null}
        </span>
      ),
    });
  };
}

/**
 * Saving the draft: financing and stretch through updateBudget, lines
 * through saveBudgetLines (one transaction on the server). A CONFLICT
 * reloads the budget, which moves the draft onto it and lists the lines
 * someone else changed; refused fields are marked on their cells. While it
 * runs (`setSaving`) the draft does not follow the cache, which the save itself updates.
 */
export function useBudgetSave(budget: BudgetFieldsFragment, editor: BudgetDraftApi, options: { reload: () => Promise<unknown>; setSaving: (saving: boolean) => void }) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const { reload, setSaving } = options;
  const [updateBudget] = useMutation(UPDATE_BUDGET_MUTATION);
  const [saveLines] = useMutation(SAVE_BUDGET_LINES_MUTATION);
  const announce = useRestoreLines(budget.id);

  const save = async (): Promise<boolean> => {
    const { changeset } = editor;
    const problemCount = editor.problems.length;
    if (problemCount > 0) {
      void message.error(t('budget.draft.fixProblems', { count: problemCount }));
      return false;
    }
    setSaving(true);
    try {
      let latest: BudgetFieldsFragment | null = null;
      if (changeset.financing || changeset.stretch) {
        const { data } = await updateBudget({
          variables: {
            input: {
              id: budget.id,
              version: editor.base.version,
              ...(changeset.financing ? { financing: changeset.financing } : {}),
              ...(changeset.stretch ? { stretch: changeset.stretch } : {}),
            },
          },
        });
        if (data) {
          latest = data.updateBudget;
          editor.settingsSaved(latest);
        }
      }
      let batchId: string | null = null;
      if (changeset.lines) {
        const { data } = await saveLines({ variables: { input: changeset.lines } });
        if (data) {
          latest = data.saveBudgetLines.budget;
          batchId = data.saveBudgetLines.deletionBatchId ?? null;
        }
      }
      if (latest) editor.reset(latest);
      announce(batchId ? t('budget.draft.savedWithDeletions', { count: changeset.deleted }) : t('budget.draft.saved'), batchId);
      return true;
    } catch (error) {
      setSaving(false);
      if (hasApiErrorCode(error, 'CONFLICT')) {
        void message.warning(t('budget.conflict.title'));
        await reload();
      } else if (hasErrorCode(error, BUDGET_LOCKED)) {
        void message.error(t('budget.errors.locked'));
        await reload();
      } else if (hasApiErrorCode(error, 'BAD_USER_INPUT') && markRefused(error)) {
        void message.error(t('errors.BAD_USER_INPUT'));
      } else {
        handleError(error);
      }
      return false;
    } finally {
      setSaving(false);
    }

    function markRefused(error: unknown): boolean {
      const marked = new Map<string, string>();
      for (const { field, code } of refusedFields(error)) {
        const cell = cellOfServerField(changeset, field);
        if (cell) marked.set(cellId(cell), isProblemCode(code) ? t(`budget.problems.${code}`) : t('budget.problems.server'));
      }
      editor.setServerProblems(marked);
      return marked.size > 0;
    }
  };

  return save;
}
