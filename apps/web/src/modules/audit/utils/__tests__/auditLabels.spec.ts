import { describe, expect, it } from 'vitest';
import { queriesAffectedBy } from '../../../shell/utils/organizationEvents';
import { knownAction, knownEntity, readAuditField, readAuditValue } from '../auditLabels';

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

describe('audit values read as the field they belong to', () => {
  it('turns coded values into codes with words, by entity and field', () => {
    expect(readAuditField('plan_node', 'dimension', '"marketing"')).toEqual({ kind: 'code', key: 'node.dimensions.marketing', text: 'marketing' });
    expect(readAuditField('cycle_stage', 'status', '"in_progress"')).toEqual({ kind: 'code', key: 'cycles.statuses.in_progress', text: 'in_progress' });
    expect(readAuditField('member', 'role', '"finance"')).toEqual({ kind: 'code', key: 'roles.finance', text: 'finance' });
    // The same field name elsewhere, or free text, stays text.
    expect(readAuditField('plan_node', 'title', '"on_track"')).toEqual({ kind: 'text', text: 'on_track' });
  });

  it('shows a checklist as its items ticked or not, lists as items, and an empty list as empty', () => {
    expect(readAuditField('plan_node', 'checklist', '[{"done":true,"text":"签约"},{"done":false,"text":"Train"}]')).toEqual({ kind: 'text', text: '☑ 签约 · ☐ Train' });
    expect(readAuditField('plan_node', 'dependsOn', '["a1","b2"]')).toEqual({ kind: 'text', text: 'a1, b2' });
    expect(readAuditField('plan_node', 'dependsOn', '[]')).toEqual({ kind: 'empty' });
    expect(readAuditField('budget', 'volume', '{"kind":"monthly"}')).toEqual({ kind: 'text', text: '{"kind":"monthly"}' });
    expect(readAuditField('budget_actual', 'salaryCost', '[redacted]')).toEqual({ kind: 'redacted' });
  });
});
