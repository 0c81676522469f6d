import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FeedbackProvider } from '../../../feedback/components/FeedbackProvider';
import { planNodeRowFixture as planNode } from '../../../../test/fixtures';
import { MyWorkProgressCell } from '../MyWorkProgressCell';

const renderCell = (node: ReturnType<typeof planNode>) =>
  render(
    <MockedProvider mocks={[]}>
      <FeedbackProvider>
        <MyWorkProgressCell node={node} />
      </FeedbackProvider>
    </MockedProvider>,
  );

describe('the one-step update on My work', () => {
  it('offers a percentage for a leaf, starting from its own figure', () => {
    renderCell(planNode('a1', 't1', 'activity', { ownProgress: 35, progress: 35 }));
    expect((screen.getByTestId('my-work-input-a1') as HTMLInputElement).value).toBe('35');
  });

  it('does not offer an own figure for a node that rolls up from its children', () => {
    renderCell(planNode('p1', 'o1', 'project', { childCount: 3, ownProgress: 0, progress: 62 }));
    expect(screen.queryByTestId('my-work-input-p1')).toBeNull();
    expect(screen.getByTestId('my-work-rolls-up-p1').textContent).toBe('Rolls up from its 3 items: update those.');
  });
});
