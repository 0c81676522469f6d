import type { BlueprintNode, PlanBlueprint } from '@opsplan/domain';
import { describe, expect, it } from 'vitest';
import { timelineLayout } from '../../../plans/utils/timelineLayout';
import { previewTimeline } from '../timeline';
import { previewTree } from '../previewTree';

const node = (key: string, parentKey: string | null, level: BlueprintNode['level'], startDate: string, dueDate: string): BlueprintNode => ({
  key,
  parentKey,
  level,
  title: key,
  description: null,
  departmentKey: 'front',
  owner: 'manager',
  dimension: null,
  weight: '1',
  startDate,
  dueDate,
  kpi: null,
  recurrence: null,
  checklist: [],
  dependsOn: [],
});

const blueprint: PlanBlueprint = {
  templateKey: 'launch',
  language: 'en',
  plan: { year: 2027, name: 'Launch', startDate: '2027-03-01', endDate: '2028-02-29' },
  parameters: {},
  departments: [],
  phases: [
    { key: 'prepare', name: 'Prepare', work: '', aim: '', months: '1.5', startDate: '2027-03-01', dueDate: '2027-04-15' },
    { key: 'run', name: 'Run', work: '', aim: '', months: '10.5', startDate: '2027-04-16', dueDate: '2028-02-29' },
  ],
  nodes: [
    node('s', null, 'strategy', '2027-03-01', '2028-02-29'),
    node('o', 's', 'objective', '2027-03-01', '2028-02-29'),
    node('fitout', 'o', 'project', '2027-03-01', '2027-05-31'),
    node('t', 'fitout', 'task', '2027-03-01', '2027-03-31'),
    node('menu', 'o', 'project', '2027-09-01', '2028-02-29'),
  ],
  cycle: null,
  budget: null,
  checks: [],
};

describe('the preview’s timeline', () => {
  it('labels every month of the plan, across the year end', () => {
    const { months } = timelineLayout(previewTimeline(blueprint));
    expect(months.map((m) => m.key)).toEqual(['2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10', '2027-11', '2027-12', '2028-01', '2028-02']);
  });

  it('draws phases and projects by their share of the months, to the end of the due day', () => {
    const rows = timelineLayout(previewTimeline(blueprint)).rows;
    expect(rows.map((row) => [row.key, row.kind])).toEqual([
      ['phase:prepare', 'phase'],
      ['phase:run', 'phase'],
      ['project:fitout', 'project'],
      ['project:menu', 'project'],
    ]);
    const spans = Object.fromEntries(rows.map((row) => [row.key, row.span ?? { left: NaN, width: NaN }]));
    // 1 March to 31 May: three of twelve months.
    expect(spans['project:fitout'].left).toBe(0);
    expect(spans['project:fitout'].width).toBeCloseTo(25, 10);
    expect(spans['project:menu'].left).toBeCloseTo(50, 10);
    expect(spans['project:menu'].width).toBeCloseTo(50, 10);
    // Half of April is half a month.
    expect(spans['phase:prepare'].width).toBeCloseTo((1.5 / 12) * 100, 10);
    expect(spans['phase:run'].left + spans['phase:run'].width).toBeCloseTo(100, 10);
  });
});

describe('the preview’s tree', () => {
  it('keeps strategy, objectives and projects, in order', () => {
    const tree = previewTree(blueprint);
    const keys = (items: typeof tree): unknown[] => items.map((item) => (item.children.length ? [item.key, keys(item.children)] : item.key));
    expect(keys(tree)).toEqual([['s', [['o', ['fitout', 'menu']]]]]);
  });
});
