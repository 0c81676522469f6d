import { describe, expect, it } from 'vitest';
import { dependencyChoices, dependencyRows, waitingOn } from '../dependencies';

// Business registration waits on the hygiene licence (done), the lease (in progress) and a task not loaded.
const loaded = new Map([
  ['licence', { id: 'licence', title: 'Hygiene licence', level: 'task' as const, status: 'done' as const }],
  ['lease', { id: 'lease', title: 'Sign the lease', level: 'task' as const, status: 'on_track' as const }],
  ['signage', { id: 'signage', title: 'Signage', level: 'task' as const, status: 'cancelled' as const }],
  ['registration', { id: 'registration', title: 'Business registration', level: 'task' as const, status: 'not_started' as const }],
]);

describe('a node’s dependencies', () => {
  it('names the loaded ones with their status, and leaves the others unnamed', () => {
    expect(dependencyRows(['licence', 'lease', 'elsewhere'], loaded)).toEqual([
      { id: 'licence', title: 'Hygiene licence', status: 'done' },
      { id: 'lease', title: 'Sign the lease', status: 'on_track' },
      { id: 'elsewhere', title: null, status: null },
    ]);
  });

  it('waits on those neither done nor cancelled, and does not guess about those not loaded', () => {
    expect(waitingOn(dependencyRows(['licence', 'lease', 'signage', 'elsewhere'], loaded))).toBe(1);
    expect(waitingOn(dependencyRows(['licence'], loaded))).toBe(0);
  });

  it('offers every loaded node but the node itself, and keeps chosen ones that are not loaded', () => {
    const choices = dependencyChoices('registration', loaded.values(), ['lease', 'elsewhere'], 'Not loaded');
    expect(choices.map((c) => [c.value, c.label])).toEqual([
      ['licence', 'Hygiene licence'],
      ['lease', 'Sign the lease'],
      ['signage', 'Signage'],
      ['elsewhere', 'Not loaded'],
    ]);
  });
});
