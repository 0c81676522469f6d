import type { Role } from '@opsplan/domain';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { planNodeRowFixture as planNode } from '../../../../test/fixtures';
import { addableChildLevels, planActorOf } from '../../utils/nodeAccess';
import { buildOutlineTree } from '../../utils/outlineTree';
import { PlanOutlineTable } from '../PlanOutlineTable';

const nodes = [
  planNode('s1', null, 'strategy', { childCount: 1, status: 'off_track' }),
  planNode('o1', 's1', 'objective', {
    childCount: 1,
    progress: 100,
    // Earn the fit-out back by the budget's payback month.
    kpi: {
      __typename: 'Kpi',
      name: 'Payback',
      unit: null,
      target: '3',
      actual: '5',
      targetSource: { __typename: 'KpiTargetSource', measure: 'paybackMonth' },
    },
  }),
  planNode('p1', 'o1', 'project', {
    childCount: 4,
    department: { __typename: 'Department', id: 'd-sales', name: 'Sales' },
    overdue: true,
    recurrence: 'monthly',
    // A row reads the ticks only.
    checklist: [true, true, true, false, false, false, false].map((done) => ({ __typename: 'ChecklistItem' as const, done })),
  }),
];
const byId = new Map(nodes.map((n) => [n.id, n]));

function renderAs(role: Role) {
  const actor = planActorOf({ membership: { id: 'm1', role, department: { id: 'd-sales' } } });
  const onAdd = vi.fn();
  const onExpandRow = vi.fn();
  render(
    <PlanOutlineTable
      rows={buildOutlineTree(nodes)}
      loading={false}
      expandedKeys={['s1', 'o1']}
      onExpandedKeysChange={() => undefined}
      onExpandRow={onExpandRow}
      addableLevels={(row) => addableChildLevels(actor, row, byId)}
      onAdd={onAdd}
      onOpen={() => undefined}
      emptyText="empty"
    />,
  );
  return { onAdd, onExpandRow };
}

describe('the plan outline table', () => {
  it('shows every loaded row with its title, and marks overdue work', () => {
    renderAs('staff');
    for (const id of ['s1', 'o1', 'p1']) {
      expect(screen.getByTestId(`outline-row-${id}`)).toBeTruthy();
      expect(screen.getByTestId(`node-title-${id}`).textContent).toBe(`Title ${id}`);
    }
    expect(screen.getAllByTestId('overdue-tag')).toHaveLength(1);
  });

  it('marks routine work and counts a checklist in the row', () => {
    renderAs('staff');
    const row = screen.getByTestId('outline-row-p1');
    expect(within(row).getByTestId('recurrence-tag').textContent).toBe('Monthly');
    expect(within(row).getByTestId('checklist-count').textContent).toBe('3/7');
    expect(within(row).getByTestId('checklist-count').getAttribute('aria-label')).toBe('Checklist: 3 of 7 done');
    expect(within(screen.getByTestId('outline-row-s1')).queryByTestId('recurrence-tag')).toBeNull();
    expect(within(screen.getByTestId('outline-row-s1')).queryByTestId('checklist-count')).toBeNull();
  });

  it('shows the progress figure of work off track and of work complete, not an icon', () => {
    renderAs('staff');
    expect(within(screen.getByTestId('outline-row-s1')).getByText('40%')).toBeTruthy();
    expect(within(screen.getByTestId('outline-row-o1')).getByText('100%')).toBeTruthy();
  });

  it('shows a KPI measured by the budget’s payback month as a month, not an amount', () => {
    renderAs('staff');
    expect(screen.getByTestId('outline-row-o1').textContent).toContain('/ month 3');
  });

  it('puts how the work goes before who and when, and shows the start date beside the due date on hover', () => {
    renderAs('staff');
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers.indexOf('Progress')).toBeLessThan(headers.indexOf('Due'));
    expect(headers.indexOf('KPI actual / target')).toBeLessThan(headers.indexOf('Department'));
    const dates = screen.getByTestId('outline-dates-p1');
    expect(dates.textContent).toBe('2026-12-31');
    expect(dates.getAttribute('title')).toBe('Start 2026-01-01 · due 2026-12-31');
  });

  it('keeps the add and move actions pinned at the right edge, named for screen readers', () => {
    renderAs('executive');
    const add = screen.getByTestId('add-child-s1');
    expect(add.closest('.ant-table-cell')?.className).toContain('ant-table-cell-fix-end');
    expect(add.getAttribute('aria-label')).toBe('Add Objective under “Title s1”');
    expect(screen.getByRole('columnheader', { name: 'Actions' })).toBeTruthy();
  });

  it('offers to expand a project whose tasks are not loaded yet, and asks for them', async () => {
    const { onExpandRow } = renderAs('staff');
    const row = screen.getByTestId('outline-row-p1');
    const expand = row.querySelector('button.ant-table-row-expand-icon-collapsed');
    expect(expand).not.toBeNull();
    await userEvent.click(expand as Element);
    expect(onExpandRow).toHaveBeenCalledWith(expect.objectContaining({ id: 'p1' }));
  });

  it('offers no add button to staff who own nothing here', () => {
    renderAs('staff');
    expect(screen.queryByTestId(/^add-child-/)).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
  });

  it('offers a manager "Add" only under their department’s project', () => {
    renderAs('manager');
    expect(screen.queryByTestId('add-child-s1')).toBeNull();
    expect(screen.queryByTestId('add-child-o1')).toBeNull();
    expect(screen.getByTestId('add-child-p1')).toBeTruthy();
  });

  it('offers an executive to add below every level, with the level implied by the parent', async () => {
    const { onAdd } = renderAs('executive');
    await userEvent.click(screen.getByTestId('add-child-s1'));
    expect(onAdd).toHaveBeenCalledWith(expect.objectContaining({ id: 's1' }), 'objective');
    expect(screen.getByTestId('add-child-o1').getAttribute('aria-label')).toMatch(/^Add Project under “/);
  });

  it('opens a menu of the levels when a project takes more than one', async () => {
    const { onAdd } = renderAs('executive');
    await userEvent.click(screen.getByTestId('add-child-p1'));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Add Task' }));
    expect(onAdd).toHaveBeenCalledWith(expect.objectContaining({ id: 'p1' }), 'task');
  });
});
