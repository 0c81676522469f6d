import { CHECKLIST_MAX_ITEMS } from '@opsplan/domain';

/** An item of a node's checklist, as the API carries it. */
export interface ChecklistItem {
  text: string;
  done: boolean;
}

/** "3 of 7 done": the ticked items and all of them; the ticks alone are enough (a list row reads no texts). */
export function checklistCount(items: readonly Pick<ChecklistItem, 'done'>[]): { done: number; total: number } {
  return { done: items.filter((item) => item.done).length, total: items.length };
}

/** The list with one item ticked or unticked. */
export function tickItem(items: readonly ChecklistItem[], index: number, done: boolean): ChecklistItem[] {
  return items.map((item, i) => (i === index ? { text: item.text, done } : { text: item.text, done: item.done }));
}

/** A tick this person made, kept apart from the list it was made on, so it can be made again on someone else's newer list. */
export interface ChecklistTick {
  index: number;
  text: string;
  done: boolean;
}

/**
 * The tick applied to the other person's list after a conflict: to the same
 * item (by its text, the nearest to where it was), or to nothing when they
 * removed or renamed it.
 */
export function retick(theirs: readonly ChecklistItem[], tick: ChecklistTick): ChecklistItem[] {
  const matches = theirs.map((item, i) => (item.text === tick.text ? i : -1)).filter((i) => i >= 0);
  if (matches.length === 0) return theirs.map((item) => ({ text: item.text, done: item.done }));
  const index = matches.reduce((best, i) => (Math.abs(i - tick.index) < Math.abs(best - tick.index) ? i : best));
  return tickItem(theirs, index, tick.done);
}

/** A rewritten list from the edit form: texts trimmed, empty rows dropped, each kept row's tick kept. */
export function editedChecklist(rows: readonly { text?: string; done?: boolean }[]): ChecklistItem[] {
  return rows
    .map((row) => ({ text: (row.text ?? '').trim(), done: row.done ?? false }))
    .filter((item) => item.text !== '')
    .slice(0, CHECKLIST_MAX_ITEMS);
}

/** The same items, ticked the same way. */
export function sameChecklist(a: readonly ChecklistItem[], b: readonly ChecklistItem[]): boolean {
  return a.length === b.length && a.every((item, i) => item.text === b[i].text && item.done === b[i].done);
}

/** The list in one line, for showing someone else's version of it: "☑ Floor plan · ☐ Fire safety check". */
export function checklistLine(items: readonly ChecklistItem[]): string {
  return items.map((item) => `${item.done ? '☑' : '☐'} ${item.text}`).join(' · ');
}
