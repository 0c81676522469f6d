import { budgetVariance } from '@opsplan/domain';
import { describe, expect, it } from 'vitest';
import { actualConflicts, actualEntries, actualLines, actualsChangeset, indexActuals, parseActual, pastedCells, rebaseDraft, varianceTone } from '../actuals';
import type { DraftCell, SavedActual } from '../actuals';
import { bakeryBudget } from './budgetFixture';

const saved: SavedActual[] = [
  { id: 'a1', lineKind: 'revenue', lineId: 'bread', month: '2026-04', amount: '74000.00', version: 3 },
  { id: 'a2', lineKind: 'cost', lineId: 'rent', month: '2026-04', amount: '15000.00', version: 1 },
];
const typed = (lineKind: DraftCell['lineKind'], lineId: string, month: string, text: string, base: DraftCell['base'] = null): DraftCell => ({ lineKind, lineId, month, text, base });

describe('the actuals changeset', () => {
  it('sends only cells that changed, with the version of the entry each replaces', () => {
    const { entries, invalid } = actualsChangeset([
      // Typed over a saved 74,000.00: replaced, version 3.
      typed('revenue', 'bread', '2026-04', '75200.5', { amount: '74000.00', version: 3 }),
      // "15000" over a saved "15000.00": the same amount, nothing to send.
      typed('cost', 'rent', '2026-04', '15000', { amount: '15000.00', version: 1 }),
      // A new entry: no version.
      typed('cost', 'power', '2026-04', '4180.25'),
      // Typed, then cleared, where nothing was saved: nothing to send.
      typed('cost', 'ads', '2026-04', ''),
    ]);
    expect(invalid).toEqual([]);
    expect(entries).toEqual([
      { lineKind: 'revenue', lineId: 'bread', month: '2026-04', amount: '75200.5', version: 3 },
      { lineKind: 'cost', lineId: 'power', month: '2026-04', amount: '4180.25' },
    ]);
  });

  it('removes a saved entry whose cell was cleared', () => {
    expect(actualsChangeset([typed('cost', 'rent', '2026-04', '', { amount: '15000.00', version: 1 })]).entries).toEqual([
      { lineKind: 'cost', lineId: 'rent', month: '2026-04', amount: null, version: 1 },
    ]);
  });

  it('accepts what people paste from spreadsheets and refuses what is not an amount', () => {
    expect(parseActual('¥12,345.60')).toEqual({ kind: 'amount', amount: '12345.60' });
    expect(parseActual('１２００')).toEqual({ kind: 'amount', amount: '1200' });
    expect(parseActual('  ')).toEqual({ kind: 'empty' });
    for (const bad of ['12.345', '-5', 'abc', '1e3', '(200)']) expect(parseActual(bad), bad).toEqual({ kind: 'invalid' });
    const { entries, invalid } = actualsChangeset([typed('cost', 'rent', '2026-05', '12.345'), typed('cost', 'power', '2026-05', '100')]);
    expect(invalid).toEqual(['cost:rent:2026-05']);
    expect(entries).toHaveLength(1);
  });
});

describe('conflicts between people entering actuals', () => {
  const index = indexActuals(saved);

  it('finds cells typed over an entry that someone else has since changed, added or removed', () => {
    const draft = [
      typed('revenue', 'bread', '2026-04', '75000', { amount: '74000.00', version: 2 }), // saved again since: v3
      typed('cost', 'rent', '2026-04', '15500', { amount: '15000.00', version: 1 }), // unchanged since
      typed('cost', 'power', '2026-05', '4200'), // nothing was saved, nothing is
      typed('cost', 'ads', '2026-04', '900', { amount: '850.00', version: 4 }), // removed since
    ];
    const conflicts = actualConflicts(draft, index);
    expect(conflicts.map((c) => [c.key, c.theirs?.amount ?? null])).toEqual([
      ['revenue:bread:2026-04', '74000.00'],
      ['cost:ads:2026-04', null],
    ]);
  });

  it('re-applies the typed values over what is saved now', () => {
    const draft = [typed('revenue', 'bread', '2026-04', '75000', { amount: '70000.00', version: 2 }), typed('cost', 'ads', '2026-04', '900', { amount: '850.00', version: 4 })];
    const rebased = rebaseDraft(draft, index);
    expect(rebased.map((c) => c.base)).toEqual([{ amount: '74000.00', version: 3 }, null]);
    expect(actualConflicts(rebased, index)).toEqual([]);
    expect(actualsChangeset(rebased).entries).toEqual([
      { lineKind: 'revenue', lineId: 'bread', month: '2026-04', amount: '75000', version: 3 },
      { lineKind: 'cost', lineId: 'ads', month: '2026-04', amount: '900' },
    ]);
  });

  it('leaves loan entries out: loans have no actuals of their own', () => {
    const withLoan = [...saved, { id: 'x', lineKind: 'loan', lineId: 'bank', month: '2026-04', amount: '1.00', version: 1 }];
    expect([...indexActuals(withLoan).keys()]).toEqual(['revenue:bread:2026-04', 'cost:rent:2026-04']);
  });
});

describe('pasting a block from Excel', () => {
  it('places tab-separated rows from the selected cell, right and down, cleaned, clipped to the grid', () => {
    const text = '1,200\t1,300.50\t1400\r\n¥900\t\t800\r\n';
    expect(pastedCells(text, { row: 1, col: 10 }, { rows: 3, cols: 12 })).toEqual([
      { row: 1, col: 10, text: '1200' },
      { row: 1, col: 11, text: '1300.50' },
      { row: 2, col: 10, text: '900' },
      { row: 2, col: 11, text: '' },
    ]);
  });

  it('takes a single value as one cell', () => {
    expect(pastedCells('42', { row: 0, col: 0 }, { rows: 1, cols: 1 })).toEqual([{ row: 0, col: 0, text: '42' }]);
  });
});

describe('variance colouring', () => {
  it('is green for more revenue or less cost than planned, red for the opposite, plain when on plan', () => {
    expect(varianceTone({ variance: '1700.00', favourable: true })).toBe('favourable');
    expect(varianceTone({ variance: '-630.00', favourable: true })).toBe('favourable');
    expect(varianceTone({ variance: '2600.00', favourable: false })).toBe('unfavourable');
    expect(varianceTone({ variance: '0.00', favourable: true })).toBe('neutral');
  });

  it('colours the domain’s variance of a bakery’s first month', () => {
    // April 2026: bread sold 74,000 against 75,000 planned (6,000 × 12.50); rent as planned;
    // power 4,500 against 4,200.50; the café and marketing not entered yet.
    const input = bakeryBudget();
    const entries = actualEntries(
      indexActuals([
        ...saved,
        { id: 'a3', lineKind: 'cost', lineId: 'power', month: '2026-04', amount: '4500.00', version: 1 },
      ]),
    );
    const variance = budgetVariance(input, entries, 'responsibility');
    const tone = (key: string) => {
      const row = variance?.byLine.find((r) => r.key === key);
      return row && [row.variance, row.rate, varianceTone(row)];
    };
    expect(tone('revenue:bread')).toEqual(['-1000.00', '-0.0133', 'unfavourable']);
    expect(tone('cost:rent')).toEqual(['0.00', '0.0000', 'neutral']);
    expect(tone('cost:power')).toEqual(['299.50', '0.0713', 'unfavourable']);
    // A cost not entered yet counts as zero: below plan, favourable.
    expect(tone('cost:launch')).toEqual(['-5000.00', '-1.0000', 'favourable']);
  });
});

describe('the lines of the actuals grid', () => {
  it('lists revenue lines, cost lines and positions in the drivers’ order', () => {
    expect(actualLines(bakeryBudget()).map((l) => `${l.lineKind}:${l.lineId}:${l.departmentId ?? '-'}`)).toEqual([
      'revenue:bread:-',
      'revenue:cafe:-',
      'cost:rent:shop',
      'cost:power:bakehouse',
      'cost:ads:shop',
      'cost:launch:shop',
      'position:bakers:bakehouse',
      'position:counter:shop',
      'position:counter-3:shop',
    ]);
  });
});
