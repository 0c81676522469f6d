import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConflictAlert } from '../ConflictAlert';

describe('the conflict message', () => {
  it('shows the other person’s values and offers to apply mine again or drop them', async () => {
    const onReapply = vi.fn();
    const onDiscard = vi.fn();
    render(
      <ConflictAlert
        changes={[
          { field: 'status', theirs: 'at_risk' },
          { field: 'ownerId', theirs: 'm2' },
          { field: 'dueDate', theirs: null },
        ]}
        describe={(field, value) => (field === 'ownerId' ? 'Wang Fang' : field === 'status' ? 'At risk' : String(value))}
        onReapply={onReapply}
        onDiscard={onDiscard}
      />,
    );
    expect(screen.getByText('Someone changed this node a moment ago')).toBeTruthy();
    expect(screen.getByTestId('conflict-theirs-status').textContent).toBe('At risk');
    expect(screen.getByTestId('conflict-theirs-ownerId').textContent).toBe('Wang Fang');
    expect(screen.getByTestId('conflict-theirs-dueDate').textContent).toBe('(empty)');

    await userEvent.click(screen.getByTestId('conflict-reapply'));
    expect(onReapply).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByTestId('conflict-discard'));
    expect(onDiscard).toHaveBeenCalledTimes(1);
  });
});
