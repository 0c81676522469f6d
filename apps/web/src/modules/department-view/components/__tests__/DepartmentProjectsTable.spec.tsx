import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DepartmentOverviewQuery } from '../../../../gql/graphql';
import { DepartmentProjectsTable } from '../DepartmentProjectsTable';

type Project = DepartmentOverviewQuery['departmentOverview']['projects'][number];

const project = (id: string, progress: number, timeElapsed: number | null, health: Project['health'], extra: Partial<Project['node']> = {}): Project => ({
  __typename: 'PacedNode',
  timeElapsed,
  health,
  node: {
    __typename: 'PlanNode',
    id,
    title: `Project ${id}`,
    progress,
    status: 'on_track',
    startDate: '2026-02-01',
    dueDate: '2026-12-31',
    overdue: false,
    owner: { __typename: 'Member', id: 'm1', user: { __typename: 'User', id: 'u1', displayName: '王芳' } },
    ...extra,
  },
});

describe('the department’s projects table', () => {
  it('tags each project’s health and marks on its bar how much of its time has gone', () => {
    render(
      <DepartmentProjectsTable
        projects={[
          project('a', 55, 91.6, 'behind', { status: 'at_risk' }),
          project('b', 97, 91.6, 'on_pace'),
          project('c', 10, null, 'unknown', { startDate: null, dueDate: null, owner: null }),
        ]}
        onOpen={() => undefined}
      />,
    );
    const rowA = screen.getByTestId('project-row-a');
    expect(within(rowA).getByTestId('health-behind').textContent).toBe('Behind');
    expect(within(rowA).getByText('55% / 92%')).toBeTruthy();
    expect((within(rowA).getByTestId('elapsed-mark') as HTMLElement).style.left).toBe('92%');
    expect(within(rowA).getByText('At risk')).toBeTruthy();
    expect(within(screen.getByTestId('project-row-b')).getByTestId('health-on_pace')).toBeTruthy();
    const rowC = screen.getByTestId('project-row-c');
    expect(within(rowC).getByText('No dates')).toBeTruthy();
    expect(within(rowC).queryByTestId('elapsed-mark')).toBeNull();
    expect(within(rowC).getByText('Not assigned')).toBeTruthy();
  });

  it('opens a project when its title is clicked', async () => {
    const onOpen = vi.fn();
    render(<DepartmentProjectsTable projects={[project('a', 55, 50, 'on_pace')]} onOpen={onOpen} />);
    await userEvent.click(screen.getByTestId('project-a'));
    expect(onOpen).toHaveBeenCalledWith('a');
  });
});
