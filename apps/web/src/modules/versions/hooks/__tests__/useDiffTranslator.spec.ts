import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../../i18n/i18n';
import { presentFieldChange } from '../../utils/versionDiff';
import { useDiffTranslator } from '../useDiffTranslator';

describe('the words of a version comparison', () => {
  afterEach(() => void i18n.changeLanguage('en'));

  it('names the plan-of-work fields and translates their coded values', async () => {
    const { result } = renderHook(() => useDiffTranslator());
    expect(result.current.fieldLabel('dependsOn')).toBe('Depends on');
    expect(result.current.value('dimension', 'marketing')).toBe('Marketing');
    expect(result.current.value('recurrence', 'monthly')).toBe('Monthly');
    expect(result.current.value('checklist', '["Sign the lease","Hire a manager"]')).toBe('Sign the lease\nHire a manager');

    await i18n.changeLanguage('zh-CN');
    const { result: zh } = renderHook(() => useDiffTranslator());
    expect(zh.current.fieldLabel('checklist')).toBe('检查清单');
    expect(zh.current.value('dimension', 'marketing')).toBe('营销');
  });

  it('shows dependencies by the titles the API resolved, not their ids', () => {
    const { result } = renderHook(() => useDiffTranslator());
    expect(presentFieldChange({ field: 'dependsOn', before: null, after: 'n1,n2', afterLabel: 'Lease\nFit-out' }, result.current.value)).toEqual({
      field: 'dependsOn',
      before: null,
      after: 'Lease\nFit-out',
    });
  });
});
