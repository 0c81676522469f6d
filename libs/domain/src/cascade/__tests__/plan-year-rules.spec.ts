import { canChangePlanStatus, isDecimalString, isOverdue, PLAN_STATUSES } from '../..';

describe('a plan through its year', () => {
  it('is approved from a draft, reopened for changes, archived at the end and brought back if needed', () => {
    expect(canChangePlanStatus('draft', 'approved')).toBe(true);
    expect(canChangePlanStatus('approved', 'draft')).toBe(true);
    expect(canChangePlanStatus('approved', 'archived')).toBe(true);
    expect(canChangePlanStatus('archived', 'approved')).toBe(true);
    expect(canChangePlanStatus('archived', 'draft')).toBe(false);
    for (const s of PLAN_STATUSES) expect(canChangePlanStatus(s, s)).toBe(false);
  });

  it('calls work overdue once its due date has passed, unless it is done or cancelled', () => {
    expect(isOverdue('2027-03-31', 'on_track', '2027-04-01')).toBe(true);
    expect(isOverdue('2027-03-31', 'on_track', '2027-03-31')).toBe(false);
    expect(isOverdue('2027-03-31', 'done', '2027-04-01')).toBe(false);
    expect(isOverdue('2027-03-31', 'cancelled', '2027-04-01')).toBe(false);
    expect(isOverdue(null, 'at_risk', '2027-04-01')).toBe(false);
  });

  it('takes KPI figures as plain decimals only', () => {
    for (const ok of ['40', '-12.5', '0.0001', '9999999999999.9999']) expect(isDecimalString(ok)).toBe(true);
    for (const bad of ['NaN', 'Infinity', '1e5', '1.23456', '', ' 1', '+1', '12345678901234', '1.', '.5', '0x10']) expect(isDecimalString(bad)).toBe(false);
  });
});
