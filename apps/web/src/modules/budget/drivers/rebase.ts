import { linePayload, same } from './changeset';
import { LINE_KINDS, replaceRows } from './draft';
import type { BudgetDraft, DraftLines, DraftRow, DraftRows, LineKind } from './draft';

// Someone else saved the budget while this person edited it: their draft is
// moved onto the budget as it is now, and lines both changed are settled one by one.

export interface LineConflict {
  kind: LineKind;
  key: string;
  /** The line as this person read it. */
  before: DraftRow;
  /** Their edit; null when they deleted the line. */
  mine: DraftRow | null;
  /** The line as the other person left it; null when they deleted it. */
  theirs: DraftRow | null;
}

export interface SettingsConflict {
  before: Pick<BudgetDraft, 'financing' | 'stretch'>;
  theirs: Pick<BudgetDraft, 'financing' | 'stretch'>;
}

export interface RebasedDraft {
  base: BudgetDraft;
  draft: BudgetDraft;
  conflicts: LineConflict[];
  settingsConflict: SettingsConflict | null;
}

const IDENTITY_FIELDS = new Set(['key', 'id', 'version', 'sortOrder']);

/** The fields of a line this person changed since reading it. */
export function editedFields(before: DraftRow, mine: DraftRow): string[] {
  return Object.keys(mine).filter(
    (field) => !IDENTITY_FIELDS.has(field) && !same((before as unknown as Record<string, unknown>)[field], (mine as unknown as Record<string, unknown>)[field]),
  );
}

/**
 * The draft moved onto the budget as it is now on the server (after a
 * CONFLICT). Lines this person did not touch take the server's values; their
 * edits of lines nobody else changed are kept as they are; a line both
 * changed (or one deleted while the other edited) is a conflict, left on the
 * old version until the person chooses (resolveConflict).
 */
export function rebaseDraft(base: BudgetDraft, draft: BudgetDraft, server: BudgetDraft): RebasedDraft {
  const conflicts: LineConflict[] = [];
  const nextBase: DraftLines = { revenue: [], cost: [], position: [], loan: [] };
  const nextDraft: DraftLines = { revenue: [], cost: [], position: [], loan: [] };

  const rebaseKind = <K extends LineKind>(kind: K) => {
    const baseRows = new Map((base.lines[kind] as DraftRows[K][]).map((row) => [row.key, row] as const));
    const serverRows = new Map((server.lines[kind] as DraftRows[K][]).map((row) => [row.key, row] as const));
    const draftKeys = new Set(draft.lines[kind].map((row) => row.key));
    const baseOut = new Map<string, DraftRows[K]>(serverRows);
    const draftOut: DraftRows[K][] = [];

    for (const row of draft.lines[kind] as DraftRows[K][]) {
      const before = baseRows.get(row.key);
      if (row.id === null || !before) {
        draftOut.push(row);
        continue;
      }
      const theirs = serverRows.get(row.key) ?? null;
      const edited = !same(linePayload(kind, row), linePayload(kind, before));
      if (!edited) {
        if (theirs) draftOut.push(theirs);
      } else if (theirs && theirs.version === before.version) {
        draftOut.push(row);
      } else {
        conflicts.push({ kind, key: row.key, before, mine: row, theirs });
        draftOut.push(row);
        baseOut.set(row.key, before);
      }
    }
    for (const before of baseRows.values()) {
      if (draftKeys.has(before.key) || before.id === null) continue;
      const theirs = serverRows.get(before.key);
      if (theirs && theirs.version !== before.version) {
        conflicts.push({ kind, key: before.key, before, mine: null, theirs });
        baseOut.set(before.key, before);
      }
    }
    // Lines someone else added meanwhile join the draft at the end.
    for (const theirs of serverRows.values()) {
      if (!baseRows.has(theirs.key)) draftOut.push(theirs);
    }
    (nextBase[kind] as DraftRows[K][]) = [...baseOut.values()];
    (nextDraft[kind] as DraftRows[K][]) = draftOut;
  };
  LINE_KINDS.forEach(rebaseKind);

  const settingsOf = (d: BudgetDraft) => ({ financing: d.financing, stretch: d.stretch });
  const mineChanged = !same(settingsOf(draft), settingsOf(base));
  const theirsChanged = !same(settingsOf(server), settingsOf(base));
  const settingsConflict = mineChanged && theirsChanged ? { before: settingsOf(base), theirs: settingsOf(server) } : null;
  const settings = mineChanged ? settingsOf(draft) : settingsOf(server);

  return {
    // The budget's version moves on; conflicting settings keep the old sections as base so they still show as this person's changes.
    base: { ...server, lines: nextBase, ...(settingsConflict ? settingsConflict.before : {}) },
    draft: { ...server, lines: nextDraft, ...settings },
    conflicts,
    settingsConflict,
  };
}

export type ConflictChoice = 'reapply' | 'theirs';

function swapRow(rows: readonly DraftRow[], key: string, replacement: DraftRow | null, append: boolean): DraftRow[] {
  const index = rows.findIndex((row) => row.key === key);
  if (index < 0) return replacement && append ? [...rows, replacement] : [...rows];
  return replacement ? rows.map((row, i) => (i === index ? replacement : row)) : rows.filter((_, i) => i !== index);
}

/**
 * Settles one conflicting line. `reapply`: the line as the other person left
 * it, with this person's edited fields laid over it (their deletion deleted
 * again, now from the current version); `theirs`: the other person's line as is.
 * When the other person deleted it, re-applying saves this person's line as a new one.
 */
export function resolveConflict(base: BudgetDraft, draft: BudgetDraft, conflict: LineConflict, choice: ConflictChoice): { base: BudgetDraft; draft: BudgetDraft } {
  const { kind, key, before, mine, theirs } = conflict;
  let result: DraftRow | null;
  if (choice === 'theirs' || mine === null) {
    result = choice === 'theirs' ? theirs : null;
  } else if (theirs === null) {
    result = { ...mine, id: null, version: null };
  } else {
    const patch = Object.fromEntries(editedFields(before, mine).map((field) => [field, (mine as unknown as Record<string, unknown>)[field]]));
    result = { ...theirs, ...patch } as DraftRow;
  }
  const nextBase = replaceRows(base, kind, swapRow(base.lines[kind], key, theirs, true));
  const nextDraft = replaceRows(draft, kind, swapRow(draft.lines[kind], key, result, choice === 'theirs'));
  return { base: nextBase, draft: nextDraft };
}

/** Settles conflicting financing and stretch settings the same way, field by field. */
export function resolveSettingsConflict(base: BudgetDraft, draft: BudgetDraft, conflict: SettingsConflict, choice: ConflictChoice): { base: BudgetDraft; draft: BudgetDraft } {
  const nextBase = { ...base, ...conflict.theirs };
  if (choice === 'theirs') return { base: nextBase, draft: { ...draft, ...conflict.theirs } };
  const merge = <T extends object>(before: T | null, mine: T | null, theirs: T | null): T | null => {
    if (!mine || !theirs) return mine ?? theirs;
    const out = { ...theirs } as Record<string, unknown>;
    for (const [field, value] of Object.entries(mine)) {
      if (!before || (before as Record<string, unknown>)[field] !== value) out[field] = value;
    }
    return out as T;
  };
  return {
    base: nextBase,
    draft: {
      ...draft,
      financing: merge(conflict.before.financing, draft.financing, conflict.theirs.financing),
      stretch: merge(conflict.before.stretch, draft.stretch, conflict.theirs.stretch),
    },
  };
}
