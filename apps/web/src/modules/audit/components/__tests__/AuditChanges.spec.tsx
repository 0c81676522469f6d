import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../../i18n/i18n';
import { AuditChanges } from '../AuditChanges';

const change = (field: string, before: string | null, after: string | null) => ({ __typename: 'AuditChange' as const, field, before, after });

describe('the changes of an audit entry', () => {
  afterEach(() => void i18n.changeLanguage('en'));

  it('names the fields and their coded values in words, in the reader’s language', async () => {
    const changes = [
      change('dimension', '"organisation"', '"marketing"'),
      change('checklist', '[]', '[{"done":false,"text":"Sign the lease"}]'),
      change('someNewField', null, '"x"'),
    ];
    const { unmount } = render(<AuditChanges entity="plan_node" changes={changes} />);
    expect(screen.getByTestId('audit-change-dimension').textContent).toBe('Dimension: Organisation  Marketing');
    expect(screen.getByTestId('audit-change-checklist').textContent).toBe('Checklist: —  ☐ Sign the lease');
    // A field without words shows as the API sent it.
    expect(screen.getByTestId('audit-change-someNewField').querySelector('code')?.textContent).toBe('someNewField');
    unmount();

    await i18n.changeLanguage('zh-CN');
    render(<AuditChanges entity="plan_node" changes={changes} />);
    expect(screen.getByTestId('audit-change-dimension').textContent).toBe('维度： 组织  营销');
  });
});
