import { describe, expect, it } from 'vitest';
import { stageWaiting } from '../stageWaiting';

const stages = [
  { id: 's1', name: 'Sales forecast' },
  { id: 's2', name: 'Financial forecast' },
  { id: 's3', name: 'Sales plan' },
];

describe('what a stage is waiting for', () => {
  it('names the dependencies that are not approved yet, in the cycle’s order', () => {
    expect(stageWaiting({ status: 'in_progress', waitingFor: ['s2', 's1'] }, stages)).toEqual({ kind: 'dependencies', names: ['Sales forecast', 'Financial forecast'] });
  });

  it('is waiting for a decision once submitted', () => {
    expect(stageWaiting({ status: 'submitted', waitingFor: [] }, stages)).toEqual({ kind: 'approval' });
  });

  it('waits for nothing once approved', () => {
    expect(stageWaiting({ status: 'approved', waitingFor: [] }, stages)).toEqual({ kind: 'done' });
  });

  it('is free to work, and says so when it came back', () => {
    expect(stageWaiting({ status: 'not_started', waitingFor: [] }, stages)).toEqual({ kind: 'work', returned: false });
    expect(stageWaiting({ status: 'returned', waitingFor: [] }, stages)).toEqual({ kind: 'work', returned: true });
  });
});
