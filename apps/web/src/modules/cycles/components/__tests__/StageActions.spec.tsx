import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stageActionOffer, cycleActorOf } from '../../utils/stageActions';
import type { CycleForActions, StageForActions } from '../../utils/stageActions';
import { StageActions } from '../StageActions';

const cycle: CycleForActions = { leader: { id: 'gm' }, deputyLeader: null, stages: [{ id: 'forecast', status: 'approved' }] };
const submitted: StageForActions = { id: 'plan', status: 'submitted', dependsOn: ['forecast'], submittedBy: { id: 'sales' }, responsible: { id: 'sales' } };
const working: StageForActions = { ...submitted, status: 'in_progress', submittedBy: null };

function renderFor(who: { id: string; role: 'executive' | 'manager' | 'staff' }, stage: StageForActions, onReturn = vi.fn(async () => true)) {
  const offer = stageActionOffer(cycleActorOf(who, cycle, stage), cycle, stage);
  render(<StageActions offer={offer} busy={false} onSubmit={vi.fn()} onApprove={vi.fn()} onReturn={onReturn} />);
  return { onReturn };
}

describe('stage actions', () => {
  it('show approve and return to the group leader on a submitted stage', () => {
    renderFor({ id: 'gm', role: 'executive' }, submitted);
    expect(screen.getByTestId('stage-approve')).toBeTruthy();
    expect(screen.getByTestId('stage-return')).toBeTruthy();
    expect(screen.queryByTestId('stage-submit')).toBeNull();
  });

  it('show only submit to the responsible manager while they work on it', () => {
    renderFor({ id: 'sales', role: 'manager' }, working);
    expect(screen.getByTestId('stage-submit')).toBeTruthy();
    expect(screen.queryByTestId('stage-approve')).toBeNull();
    expect(screen.queryByTestId('stage-return')).toBeNull();
  });

  it('show nothing to a member with no part in the stage, and say so', () => {
    renderFor({ id: 'other', role: 'staff' }, submitted);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByTestId('stage-no-actions')).toBeTruthy();
  });

  it('will not return a stage without a reason', async () => {
    const { onReturn } = renderFor({ id: 'gm', role: 'executive' }, submitted);
    await userEvent.click(screen.getByTestId('stage-return'));
    await userEvent.click(await screen.findByRole('button', { name: 'Return' }));
    expect(await screen.findByText('Give the reason for returning it')).toBeTruthy();
    expect(onReturn).not.toHaveBeenCalled();

    await userEvent.type(screen.getByTestId('stage-return-reason'), '  Split the forecast by region. ');
    await userEvent.click(screen.getByRole('button', { name: 'Return' }));
    await waitFor(() => expect(onReturn).toHaveBeenCalledWith('Split the forecast by region.'));
  });
});
