import { describe, expect, it } from 'vitest';
import type { PlanNodeRowFieldsFragment } from '../../../../gql/graphql';
import { planNodeFixture, planNodeRowFixture } from '../../../../test/fixtures';
import { NODE_DETAILS_QUERY } from '../../../plans/graphql/queries/nodeDetailsQuery';
import { PLAN_OUTLINE_QUERY } from '../../../plans/graphql/queries/planOutlineQuery';
import { OUTLINE_VARIABLES } from '../../../plans/hooks/useOutlineNodes';
import { createCache, mergeChecklist, mergeCursorPages } from '../cachePolicies';

const page = (items: string[], nextCursor: string | null) => ({ items, nextCursor });

describe('audit log paging in the cache', () => {
  it('appends a page fetched with a cursor', () => {
    expect(mergeCursorPages(page(['a', 'b'], 'c2'), page(['c', 'd'], 'c4'), 'c2')).toEqual(page(['a', 'b', 'c', 'd'], 'c4'));
  });

  it('starts over when fetched without a cursor (first page, refetch, filter change)', () => {
    expect(mergeCursorPages(page(['a', 'b'], 'c2'), page(['z'], null), undefined)).toEqual(page(['z'], null));
    expect(mergeCursorPages(page(['a'], 'c1'), page(['z'], null), null)).toEqual(page(['z'], null));
  });

  it('takes the first page as is', () => {
    expect(mergeCursorPages(undefined, page(['a'], 'c1'), 'c0')).toEqual(page(['a'], 'c1'));
  });
});

describe('a list row and the drawer’s whole node in one cache', () => {
  const item = (text: string, done: boolean) => ({ __typename: 'ChecklistItem' as const, text, done });
  const tick = (done: boolean) => ({ __typename: 'ChecklistItem' as const, done });
  const kpi = {
    __typename: 'Kpi' as const,
    name: 'Payback',
    unit: null,
    baseline: '12',
    target: '3',
    actual: '5',
    direction: 'lower_is_better' as const,
    progress: 77.7778,
    targetSource: { __typename: 'KpiTargetSource' as const, scenario: 'responsibility', measure: 'paybackMonth', period: 'total' },
  };
  const whole = planNodeFixture('p1', 'o1', 'project', { version: 3, kpi, checklist: [item('Floor plan', true), item('Fire safety check', false)] });

  function afterListRead(row: Partial<PlanNodeRowFieldsFragment>) {
    const cache = createCache();
    cache.writeQuery({ query: NODE_DETAILS_QUERY, variables: { id: 'p1' }, data: { __typename: 'Query', node: { ...whole, budgetCostEstimate: null }, checkIns: [], comments: [] } });
    const lean = planNodeRowFixture('p1', 'o1', 'project', {
      version: 3,
      kpi: { __typename: 'Kpi', name: 'Payback', unit: null, target: '3', actual: '4', targetSource: { __typename: 'KpiTargetSource', measure: 'paybackMonth' } },
      checklist: [tick(true), tick(false)],
      ...row,
    });
    cache.writeQuery({ query: PLAN_OUTLINE_QUERY, variables: { planId: 'plan-1', ...OUTLINE_VARIABLES }, data: { __typename: 'Query', planOutline: [lean] } });
    return cache.diff({ query: NODE_DETAILS_QUERY, variables: { id: 'p1' }, returnPartialData: true, optimistic: false });
  }

  it('keeps the drawer’s KPI and checklist texts when a row brings its lean copy, taking the row’s newer figures', () => {
    const details = afterListRead({});
    expect(details.complete).toBe(true);
    expect(details.result?.node?.kpi).toMatchObject({ actual: '4', baseline: '12', direction: 'lower_is_better', targetSource: { scenario: 'responsibility', measure: 'paybackMonth', period: 'total' } });
    expect(details.result?.node?.checklist?.map(({ text, done }) => [text, done])).toEqual([['Floor plan', true], ['Fire safety check', false]]);
  });

  it('lets the drawer read again when the row’s ticks show the checklist changed, rather than pair old texts with new ticks', () => {
    expect(afterListRead({ checklist: [tick(true), tick(true)] }).complete).toBe(false);
    expect(afterListRead({ checklist: [tick(true), tick(false), tick(false)] }).complete).toBe(false);
  });

  it('merges a checklist only when the incoming one lacks texts', () => {
    const read = [item('Floor plan', true)];
    expect(mergeChecklist(read, [tick(true)])).toBe(read);
    const rewritten = [item('Floor plan v2', true)];
    expect(mergeChecklist(read, rewritten)).toBe(rewritten);
    expect(mergeChecklist(undefined, [tick(true)])).toEqual([tick(true)]);
    expect(mergeChecklist(read, [])).toEqual([]);
  });
});
