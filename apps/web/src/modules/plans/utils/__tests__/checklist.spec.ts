import { describe, expect, it } from 'vitest';
import { checklistCount, checklistLine, editedChecklist, retick, sameChecklist, tickItem } from '../checklist';

// The hygiene licence's paperwork.
const licence = [
  { text: 'Floor plan', done: true },
  { text: 'Staff health certificates', done: false },
  { text: 'Fire safety check', done: false },
];

describe('a node’s checklist', () => {
  it('counts the ticked items', () => {
    expect(checklistCount(licence)).toEqual({ done: 1, total: 3 });
    expect(checklistCount([])).toEqual({ done: 0, total: 0 });
  });

  it('ticks one item and leaves the list it came from alone', () => {
    const ticked = tickItem(licence, 1, true);
    expect(ticked.map((item) => item.done)).toEqual([true, true, false]);
    expect(licence[1].done).toBe(false);
    expect(sameChecklist(ticked, licence)).toBe(false);
    expect(sameChecklist(tickItem(ticked, 1, false), licence)).toBe(true);
  });

  it('makes the same tick again on someone else’s newer list, by the item’s text', () => {
    // They added an item at the top and ticked the fire check meanwhile.
    const theirs = [{ text: 'Lease signed', done: true }, ...licence.slice(0, 2), { text: 'Fire safety check', done: true }];
    expect(retick(theirs, { index: 1, text: 'Staff health certificates', done: true }).map((item) => item.done)).toEqual([true, true, true, true]);
    // They renamed the item: nothing to tick, their list stays as it is.
    const renamed = [{ text: 'Health certificates (all staff)', done: false }];
    expect(retick(renamed, { index: 0, text: 'Staff health certificates', done: true })).toEqual(renamed);
  });

  it('takes an edited list trimmed, without empty rows, keeping each row’s tick', () => {
    expect(editedChecklist([{ text: '  Floor plan ', done: true }, { text: '   ' }, { text: 'Signage permit' }])).toEqual([
      { text: 'Floor plan', done: true },
      { text: 'Signage permit', done: false },
    ]);
  });

  it('reads as one line for someone else’s version of it', () => {
    expect(checklistLine(licence.slice(0, 2))).toBe('☑ Floor plan · ☐ Staff health certificates');
  });
});
