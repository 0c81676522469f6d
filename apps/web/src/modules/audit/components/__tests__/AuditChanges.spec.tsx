import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../../i18n/i18n';
import { AuditChanges } from '../AuditChanges';

const change = (field: string, before: string | null, after: string | null, afterLabel: string | null = null) => ({
  __typename: 'AuditChange' as const,
  field,
  before,
  after,
  beforeLabel: null,
  afterLabel,
});

describe('the changes of an audit entry', () => {
  afterEach(() => void i18n.changeLanguage('en'));

  it('names the fields and their coded values in words, in the reader’s language', async () => {
    const changes = [
      change('dimension', '"organisation"', '"marketing"'),
      change('checklist', '[]', '[{"done":false,"text":"Sign the lease"}]'),
      change('someNewField', null, '"x"'),
      change('ownerId', null, '"0c8b5f3e-1d2a-4c6b-9a7e-000000000001"', '王芳 Wang Fang'),
    ];
    const { unmount } = render(<AuditChanges entity="plan_node" changes={changes} />);
    expect(screen.getByTestId('audit-change-dimension').textContent).toBe('Dimension: Organisation  Marketing');
    expect(screen.getByTestId('audit-change-checklist').textContent).toBe('Checklist: —  ☐ Sign the lease');
    // A field without words shows as the API sent it.
    expect(screen.getByTestId('audit-change-someNewField').querySelector('code')?.textContent).toBe('someNewField');
    // An id reads as the name the API found for it.
    expect(screen.getByTestId('audit-change-ownerId').textContent).toBe('Owner: —  王芳 Wang Fang');
    unmount();

    await i18n.changeLanguage('zh-CN');
    render(<AuditChanges entity="plan_node" changes={changes} />);
    expect(screen.getByTestId('audit-change-dimension').textContent).toBe('维度： 组织  营销');
  });
});
