import { validateBudget } from '@opsplan/domain';
import type { BudgetInput, BudgetProblem } from '@opsplan/domain';
import { useCallback, useMemo, useState } from 'react';
import type { BudgetFieldsFragment } from '../../../gql/graphql';
import { cellId, cellOfProblemPath } from '../drivers/cells';
import type { CellRef } from '../drivers/cells';
import { changesetIsEmpty, draftChangeset } from '../drivers/changeset';
import type { BudgetChangeset } from '../drivers/changeset';
import { budgetToDraft, draftToInput, replaceRows } from '../drivers/draft';
import type { BudgetDraft, DraftRows, FinancingDraft, LineKind, StretchDraft } from '../drivers/draft';
import { rebaseDraft, resolveConflict, resolveSettingsConflict } from '../drivers/rebase';
import type { ConflictChoice, LineConflict, SettingsConflict } from '../drivers/rebase';

interface DraftState {
  /** The budget the base was last moved onto. */
  source: BudgetFieldsFragment;
  /** The budget as read: what a save compares against. */
  base: BudgetDraft;
  draft: BudgetDraft;
  conflicts: LineConflict[];
  settingsConflict: SettingsConflict | null;
  /** What the API refused on the last save, by cell id; gone with the next edit. */
  serverProblems: ReadonlyMap<string, string>;
}

function fresh(budget: BudgetFieldsFragment): DraftState {
  const draft = budgetToDraft(budget);
  return { source: budget, base: draft, draft, conflicts: [], settingsConflict: null, serverProblems: new Map() };
}

const NO_PROBLEMS: ReadonlyMap<string, string> = new Map();

/** A problem found in the draft, where it belongs. */
export interface CellProblem {
  cell: CellRef | null;
  problem: BudgetProblem;
}

export interface BudgetDraftApi {
  base: BudgetDraft;
  draft: BudgetDraft;
  /** The draft as the engine reads it; a new object only when the draft changed. */
  input: BudgetInput;
  changeset: BudgetChangeset;
  dirty: boolean;
  problems: CellProblem[];
  serverProblems: ReadonlyMap<string, string>;
  conflicts: LineConflict[];
  settingsConflict: SettingsConflict | null;
  setRows: <K extends LineKind>(kind: K, rows: DraftRows[K][]) => void;
  setSettings: (financing: FinancingDraft, stretch: StretchDraft) => void;
  resolve: (conflict: LineConflict, choice: ConflictChoice) => void;
  resolveSettings: (choice: ConflictChoice) => void;
  discard: () => void;
  /** Starts over from a budget the API returned (after a save, a restore, an import). */
  reset: (budget: BudgetFieldsFragment) => void;
  /** The financing and stretch sections were saved as drafted; the lines are still to save. */
  settingsSaved: (budget: BudgetFieldsFragment) => void;
  setServerProblems: (problems: ReadonlyMap<string, string>) => void;
}

/**
 * The driver editor's state: the budget as read, the person's edits, and
 * whatever someone else saved meanwhile. When the budget changes under the
 * draft (a refetch, a colleague's save, a restore), the draft is moved onto
 * it: untouched lines follow, lines both changed become conflicts. `paused`
 * holds that while this person's own save is on its way.
 */
export function useBudgetDraft(budget: BudgetFieldsFragment, options: { departmentIds: readonly string[]; validate: boolean; paused: boolean }): BudgetDraftApi {
  const { departmentIds, validate, paused } = options;
  const [state, setState] = useState<DraftState>(() => fresh(budget));

  if (state.source !== budget && !paused) {
    const clean = changesetIsEmpty(draftChangeset(budget.id, state.base, state.draft)) && state.conflicts.length === 0 && !state.settingsConflict;
    if (clean) {
      setState(fresh(budget));
    } else {
      const rebased = rebaseDraft(state.base, state.draft, budgetToDraft(budget));
      setState({ ...state, source: budget, ...rebased });
    }
  }

  const changeset = useMemo(() => draftChangeset(budget.id, state.base, state.draft), [budget.id, state.base, state.draft]);
  const input = useMemo(() => draftToInput(state.draft), [state.draft]);
  const problems = useMemo(
    () => (validate ? validateBudget(input, { departmentIds }).map((problem) => ({ cell: cellOfProblemPath(state.draft, problem.path), problem })) : []),
    [validate, input, departmentIds, state.draft],
  );

  const edit = useCallback((change: (draft: BudgetDraft) => BudgetDraft) => {
    setState((current) => ({ ...current, draft: change(current.draft), serverProblems: NO_PROBLEMS }));
  }, []);

  const setRows = useCallback(<K extends LineKind>(kind: K, rows: DraftRows[K][]) => edit((draft) => replaceRows(draft, kind, rows)), [edit]);
  const setSettings = useCallback((financing: FinancingDraft, stretch: StretchDraft) => edit((draft) => ({ ...draft, financing, stretch })), [edit]);

  const resolve = useCallback((conflict: LineConflict, choice: ConflictChoice) => {
    setState((current) => {
      const settled = resolveConflict(current.base, current.draft, conflict, choice);
      return { ...current, ...settled, conflicts: current.conflicts.filter((c) => c !== conflict) };
    });
  }, []);

  const resolveSettings = useCallback((choice: ConflictChoice) => {
    setState((current) =>
      current.settingsConflict ? { ...current, ...resolveSettingsConflict(current.base, current.draft, current.settingsConflict, choice), settingsConflict: null } : current,
    );
  }, []);

  const discard = useCallback(() => setState((current) => fresh(current.source)), []);
  const reset = useCallback((next: BudgetFieldsFragment) => setState(fresh(next)), []);
  const settingsSaved = useCallback((next: BudgetFieldsFragment) => {
    setState((current) => ({
      ...current,
      source: next,
      base: { ...current.base, version: next.version, financing: current.draft.financing, stretch: current.draft.stretch },
      draft: { ...current.draft, version: next.version },
    }));
  }, []);
  const setServerProblems = useCallback((serverProblems: ReadonlyMap<string, string>) => setState((current) => ({ ...current, serverProblems })), []);

  return {
    base: state.base,
    draft: state.draft,
    input,
    changeset,
    dirty: !changesetIsEmpty(changeset),
    problems,
    serverProblems: state.serverProblems,
    conflicts: state.conflicts,
    settingsConflict: state.settingsConflict,
    setRows,
    setSettings,
    resolve,
    resolveSettings,
    discard,
    reset,
    settingsSaved,
    setServerProblems,
  };
}

/** Problem messages by cell id, for the grids. */
export function problemMessages(problems: readonly CellProblem[], serverProblems: ReadonlyMap<string, string>, text: (problem: BudgetProblem) => string): Map<string, string> {
  const messages = new Map(serverProblems);
  for (const { cell, problem } of problems) {
    if (!cell) continue;
    const id = cellId(cell);
    if (!messages.has(id)) messages.set(id, text(problem));
  }
  return messages;
}
