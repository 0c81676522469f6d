import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fakeSession, renderWithSession } from '../../../../test/renderWithSession';
import { noodleBarTemplate, templateFragment } from '../../__tests__/noodleBarTemplate';
import { SAVE_PLAN_AS_TEMPLATE_MUTATION } from '../../graphql/mutations/savePlanAsTemplateMutation';
import { SaveAsTemplateButton } from '../SaveAsTemplateButton';
import { suggestedKey } from '../SaveAsTemplateModal';

// Lazy chunks, the preview's engine runs and antd's forms are slow in jsdom when every suite runs at once.
const SLOW = { timeout: 5000 };

const plan = { __typename: 'Plan' as const, id: 'plan-1', year: 2026, name: 'Noodle Nook 2026', status: 'draft' as const, progress: 0, version: 3 };

function renderButton(mocks: MockLink.MockedResponse[]) {
  return renderWithSession(
    <MockedProvider mocks={mocks}>
      <SaveAsTemplateButton plan={plan} />
    </MockedProvider>,
    { session: fakeSession({ status: 'signedIn' }), path: '/plan?plan=plan-1' },
  );
}

describe('saving a plan as a template', { timeout: 15_000 }, () => {
  it('suggests a key from a plan name in Latin letters', () => {
    expect(suggestedKey('Noodle Nook 2026')).toBe('noodle-nook-2026');
    expect(suggestedKey('2026 年度经营计划')).toBe('2026');
    expect(suggestedKey('经营计划')).toBe('');
  });

  it('asks for a key and the names in both languages, saves, and leads to the templates', async () => {
    const sent: unknown[] = [];
    renderButton([
      {
        request: { query: SAVE_PLAN_AS_TEMPLATE_MUTATION, variables: () => true },
        result: (variables) => {
          sent.push(variables);
          return { data: { __typename: 'Mutation', savePlanAsTemplate: templateFragment(noodleBarTemplate({ key: 'nook', name: { 'zh-CN': '面馆二店', en: 'Noodle Nook' } })) } };
        },
      },
    ]);
    fireEvent.click(screen.getByTestId('plan-save-as-template'));
    const key = (await screen.findByTestId('save-template-key', {}, SLOW)) as HTMLInputElement;
    expect(key.value).toBe('noodle-nook-2026');

    fireEvent.change(key, { target: { value: 'Nook!' } });
    fireEvent.click(screen.getByTestId('save-template-submit'));
    expect(await screen.findByText('Use lower-case letters, digits and dashes only, not starting or ending with a dash', {}, SLOW)).toBeTruthy();

    fireEvent.change(key, { target: { value: 'nook' } });
    fireEvent.change(screen.getByTestId('save-template-name-zh'), { target: { value: '面馆二店' } });
    fireEvent.change(screen.getByTestId('save-template-name-en'), { target: { value: 'Noodle Nook' } });
    fireEvent.change(screen.getByTestId('save-template-description-en'), { target: { value: 'Our second bar.' } });
    fireEvent.click(screen.getByTestId('save-template-submit'));

    expect((await screen.findByTestId('template-saved-message', {}, SLOW)).textContent).toContain('Template “Noodle Nook” saved.');
    expect(sent).toEqual([
      { input: { planId: 'plan-1', key: 'nook', name: { zhCN: '面馆二店', en: 'Noodle Nook' }, description: { zhCN: 'Our second bar.', en: 'Our second bar.' } } },
    ]);
    fireEvent.click(screen.getByTestId('template-saved-open'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/templates'), SLOW);
  });

  it('shows a taken key on the key field', async () => {
    renderButton([
      {
        request: { query: SAVE_PLAN_AS_TEMPLATE_MUTATION, variables: () => true },
        result: { errors: [new GraphQLError('A template with the key noodle-nook-2026 already exists', { extensions: { code: 'BAD_USER_INPUT', field: 'key' } })] },
      },
    ]);
    fireEvent.click(screen.getByTestId('plan-save-as-template'));
    await screen.findByTestId('save-template-key', {}, SLOW);
    fireEvent.click(screen.getByTestId('save-template-submit'));
    const key = screen.getByTestId('save-template-key');
    await waitFor(() => expect(key.closest('.ant-form-item')?.className).toContain('has-error'), SLOW);
  });
});
