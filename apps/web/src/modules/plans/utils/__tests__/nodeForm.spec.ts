import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { editValuesOf, nodeEditOf, sameDecimal } from '../nodeForm';

const node = {
  title: 'Open 3 stores in Hangzhou',
  description: null,
  owner: { id: 'm1' },
  department: { id: 'd1' },
  startDate: '2026-01-01',
  dueDate: '2026-06-30',
  status: 'on_track' as const,
  weight: 1,
  dimension: 'marketing' as const,
  dimensionInherited: true,
  recurrence: null,
  dependsOn: ['licence', 'lease'],
};

describe('editing a node sends only what changed', () => {
  it('sends nothing when the form is saved untouched, and leaves an inherited dimension alone', () => {
    expect(nodeEditOf(node, editValuesOf(node, (text) => dayjs(text)))).toEqual({});
  });

  it('sends the changed fields, with cleared ones as null', () => {
    const values = { ...editValuesOf(node, (text) => dayjs(text)), title: ' Open 4 stores ', ownerId: undefined, dueDate: dayjs('2026-09-30'), dimension: 'production' as const };
    expect(nodeEditOf(node, values)).toEqual({ title: 'Open 4 stores', ownerId: null, dueDate: '2026-09-30', dimension: 'production' });
  });

  it('sends a new recurrence, and the dependencies only when they changed as a set', () => {
    const values = editValuesOf(node, (text) => dayjs(text));
    expect(nodeEditOf(node, { ...values, dependsOn: ['lease', 'licence'] })).toEqual({});
    expect(nodeEditOf(node, { ...values, recurrence: 'monthly', dependsOn: ['lease', 'fit-out'] })).toEqual({ recurrence: 'monthly', dependsOn: ['lease', 'fit-out'] });
    expect(nodeEditOf({ ...node, recurrence: 'weekly' }, { ...values, recurrence: undefined, dependsOn: undefined })).toEqual({ recurrence: null, dependsOn: [] });
  });
});

describe('sameDecimal', () => {
  it('compares a figure as typed with the stored one exactly, as decimals', () => {
    const same = (pairs: [string, string][]) => pairs.map(([typed, stored]) => sameDecimal(typed, stored));
    expect(same([['33.50', '33.5'], [' 33.5 ', '33.5'], ['007', '7'], ['7.000', '7'], ['-0.0', '0'], ['-1.10', '-1.1'], ['0.0001', '0.0001']])).toEqual([true, true, true, true, true, true, true]);
    expect(same([['12,5', '12.5'], ['33.51', '33.5'], ['0.0001', '0'], ['', '0']])).toEqual([false, false, false, false]);
  });
});
