import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OPERATIONS_INDEX_QUERY } from '../../graphql/queries/operationsIndexQuery';
import { OperationsIndexCard } from '../OperationsIndexCard';

const dimension = (name: string, progress: number | null) => ({ __typename: 'DimensionScore' as const, dimension: name, progress });

function renderCard(dimensions: ReturnType<typeof dimension>[], weakest: string | null) {
  render(
    <MockedProvider
      mocks={[
        {
          request: { query: OPERATIONS_INDEX_QUERY, variables: { planId: 'plan-1' } },
          result: { data: { __typename: 'Query', operationsIndex: { __typename: 'OperationsIndex', index: 0.648, progress: 0.86, weakest, dimensions } } },
        },
      ]}
    >
      <OperationsIndexCard planId="plan-1" />
    </MockedProvider>,
  );
}

describe('the operations index card', () => {
  it('shows every dimension’s figure, the weakest and a complete one included', async () => {
    renderCard([dimension('organisation', 0.8), dimension('production', 1), dimension('marketing', 0.865)], 'organisation');
    const organisation = await screen.findByTestId('dimension-organisation');
    expect(within(organisation).getByText('80%')).toBeTruthy();
    expect(within(screen.getByTestId('dimension-production')).getByText('100%')).toBeTruthy();
    expect(within(screen.getByTestId('dimension-marketing')).getByText('86.5%')).toBeTruthy();
    expect(organisation.querySelector('.ant-progress-status-exception')).not.toBeNull();
  });

  it('shows an absent dimension as a dash, never as 0', async () => {
    renderCard([dimension('organisation', 0.5), dimension('production', null), dimension('marketing', 0.7)], 'organisation');
    expect((await screen.findByTestId('dimension-production')).textContent).toContain('—');
  });
});
