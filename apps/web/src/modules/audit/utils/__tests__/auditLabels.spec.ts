import { describe, expect, it } from 'vitest';
import { queriesAffectedBy } from '../../../shell/utils/organizationEvents';
import { knownAction, knownEntity, readAuditValue } from '../auditLabels';

describe('audit labels', () => {
  it('recognises the entity and action names the API writes', () => {
    expect(knownEntity('membership')).toBe('membership');
    expect(knownEntity('Department')).toBe('department');
    expect(knownAction('join')).toBe('join');
    expect(knownAction('deleted')).toBe('delete');
  });

  it('shows names it does not know as sent, even ones that look like object internals', () => {
    expect(knownEntity('spaceship')).toBeUndefined();
    // The plan, the cycle and the budget have words too.
    expect(knownEntity('budget_position')).toBe('budget_position');
    expect(knownAction('lock')).toBe('lock');
    expect(knownAction('check_in')).toBe('check_in');
    expect(knownEntity('constructor')).toBeUndefined();
    expect(knownAction('toString')).toBeUndefined();
  });

  it('reads the JSON text the API records', () => {
    expect(readAuditValue('"运营部"')).toEqual({ kind: 'text', text: '运营部' });
    expect(readAuditValue('4')).toEqual({ kind: 'text', text: '4' });
    expect(readAuditValue('0')).toEqual({ kind: 'text', text: '0' });
    expect(readAuditValue('false')).toEqual({ kind: 'boolean', value: false });
    expect(readAuditValue('{"a":1}')).toEqual({ kind: 'text', text: '{"a":1}' });
  });

  it('treats missing, null and empty alike, and knows a redacted value', () => {
    for (const raw of [null, undefined, '', 'null', '""']) expect(readAuditValue(raw)).toEqual({ kind: 'empty' });
    expect(readAuditValue('[redacted]')).toEqual({ kind: 'redacted' });
  });

  it('shows text that is not JSON as it came', () => {
    expect(readAuditValue('plain words')).toEqual({ kind: 'text', text: 'plain words' });
  });
});

describe('organisation events', () => {
  it('refreshes member and department views when a membership changes', () => {
    expect(queriesAffectedBy('membership')).toEqual(expect.arrayContaining(['Members', 'Departments', 'Viewer']));
  });

  it('refreshes the plan outline and my work when a plan node changes', () => {
    expect(queriesAffectedBy('plan_node')).toEqual(expect.arrayContaining(['PlanOutline', 'NodeSubtree', 'MyWork', 'OperationsIndex']));
    expect(queriesAffectedBy('plan')).toEqual(['Plans']);
  });

  it('refreshes the bell and the open cycle when a stage moves or a notification arrives', () => {
    expect(queriesAffectedBy('notification')).toEqual(['UnreadNotificationCount', 'Notifications']);
    expect(queriesAffectedBy('cycle_stage')).toEqual(expect.arrayContaining(['PlanningCycle', 'CycleStage']));
    expect(queriesAffectedBy('stage_deliverable')).toEqual(['CycleStage']);
  });

  it('ignores entities it has no view for', () => {
    expect(queriesAffectedBy('budget_scenario')).toEqual([]);
    expect(queriesAffectedBy('__proto__')).toEqual([]);
  });
});
