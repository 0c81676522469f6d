import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlanDashboardQuery } from '../../../../gql/graphql';
import { DashboardStats } from '../DashboardStats';

type Dashboard = PlanDashboardQuery['planDashboard'];

const dashboard = (overrides: Partial<Dashboard> = {}): Dashboard => ({
  __typename: 'PlanDashboard',
  plan: { __typename: 'Plan', id: 'plan-1', progress: 62.4 },
  today: '2026-12-04',
  progress: 62.4,
  yearStart: '2026-04-01',
  yearEnd: '2027-03-31',
  timeElapsed: 67.67,
  health: 'on_pace',
  operationsIndex: {
    __typename: 'OperationsIndex',
    index: 0.2304,
    progress: 62.4,
    weakest: 'production',
    dimensions: [
      { __typename: 'DimensionScore', dimension: 'organisation', progress: 0.8 },
      { __typename: 'DimensionScore', dimension: 'production', progress: 0.45 },
      { __typename: 'DimensionScore', dimension: 'marketing', progress: 0.64 },
    ],
  },
  objectives: [],
  statusCounts: [
    { __typename: 'StatusCount', status: 'on_track', count: 7 },
    { __typename: 'StatusCount', status: 'at_risk', count: 2 },
    { __typename: 'StatusCount', status: 'off_track', count: 1 },
    { __typename: 'StatusCount', status: 'cancelled', count: 3 },
  ],
  overdueCount: 4,
  trend: [],
  checkInActivity: [],
  ...overrides,
});

describe('the dashboard’s headline figures', () => {
  it('shows progress with its health, the index with its weakest dimension, the plan year and what needs attention', () => {
    render(<DashboardStats dashboard={dashboard()} />);
    expect(within(screen.getByTestId('stat-progress')).getByText('62%')).toBeTruthy();
    expect(within(screen.getByTestId('stat-progress')).getByText('On pace')).toBeTruthy();
    expect(within(screen.getByTestId('stat-index')).getByText('23.0%')).toBeTruthy();
    expect(within(screen.getByTestId('stat-index')).getByText('Weakest: Production')).toBeTruthy();
    const elapsed = screen.getByTestId('stat-elapsed');
    expect(elapsed.textContent).toContain('68');
    expect(within(elapsed).getByText('Plan year 2026-04-01 to 2027-03-31')).toBeTruthy();
    const risks = screen.getByTestId('stat-risks');
    expect(within(risks).getByText('At risk').closest('.ant-statistic')?.textContent).toContain('2');
    expect(within(risks).getByText('Off track').closest('.ant-statistic')?.textContent).toContain('1');
    expect(within(risks).getByText('Overdue').closest('.ant-statistic')?.textContent).toContain('4');
    expect(within(risks).getByText('of 10 live plan items')).toBeTruthy();
  });

  it('says so when no dimension can be measured yet, and shows no elapsed figure without a plan year', () => {
    render(
      <DashboardStats
        dashboard={dashboard({
          timeElapsed: null,
          health: 'unknown',
          operationsIndex: { __typename: 'OperationsIndex', index: null, progress: 0, weakest: null, dimensions: [] },
        })}
      />,
    );
    expect(within(screen.getByTestId('stat-index')).getByText('No dimension to measure yet')).toBeTruthy();
    expect(within(screen.getByTestId('stat-index')).getByText('—')).toBeTruthy();
    expect(within(screen.getByTestId('stat-elapsed')).getByText('—')).toBeTruthy();
    expect(within(screen.getByTestId('stat-progress')).getByText('No dates')).toBeTruthy();
  });
});
