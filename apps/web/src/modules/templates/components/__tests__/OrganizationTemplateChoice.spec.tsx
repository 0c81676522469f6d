import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { authPayloadFixture } from '../../../../test/fixtures';
import { fakeSession, renderWithSession } from '../../../../test/renderWithSession';
import { CreateOrganizationForm } from '../../../organizations/components/CreateOrganizationForm';
import { CREATE_ORGANIZATION_MUTATION } from '../../../organizations/graphql/mutations/createOrganizationMutation';

// Lazy chunks, the preview's engine runs and antd's forms are slow in jsdom when every suite runs at once.
const SLOW = { timeout: 5000 };

function renderForm(mocks: MockLink.MockedResponse[]) {
  const enterOrganization = vi.fn();
  renderWithSession(
    <MockedProvider mocks={mocks}>
      <CreateOrganizationForm />
    </MockedProvider>,
    { session: fakeSession({ status: 'signedIn', enterOrganization }), path: '/organizations/new' },
  );
  return enterOrganization;
}

const param = (key: string) => screen.getByTestId(`template-param-${key}`) as HTMLInputElement;

describe('a new organisation started from a template', { timeout: 20_000 }, () => {
  it('offers none or a built-in template, and sends the chosen template’s parameters with the organisation', async () => {
    const sent: unknown[] = [];
    const enterOrganization = renderForm([
      {
        request: { query: CREATE_ORGANIZATION_MUTATION, variables: () => true },
        result: (variables) => {
          sent.push(variables);
          return { data: { __typename: 'Mutation', createOrganization: authPayloadFixture('token-2') } };
        },
      },
    ]);
    expect((await screen.findByTestId('org-template-none', {}, SLOW)).getAttribute('data-selected')).toBe('true');
    for (const key of ['corporate', 'ecommerce', 'restaurant']) expect(screen.getByTestId(`org-template-${key}`)).toBeTruthy();
    expect(screen.queryByTestId('org-template-fields')).toBeNull();

    fireEvent.change(screen.getByLabelText('Organisation name'), { target: { value: 'Yuelai Fast Food' } });
    fireEvent.click(screen.getByTestId('org-template-restaurant'));
    expect(screen.getByTestId('org-template-restaurant').getAttribute('data-selected')).toBe('true');
    expect((await screen.findByTestId('template-param-loan', {}, SLOW)) && param('loan').value).toBe('20000');
    expect(param('loanRate').value).toBe('4.35');
    fireEvent.change(param('loan'), { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('create-organization-submit'));

    await waitFor(() => expect(enterOrganization).toHaveBeenCalled(), SLOW);
    const input = (sent[0] as { input: { name: string; template: { templateId: string; language: string; startDate: string; parameters: { key: string; value: string }[] } } }).input;
    expect(input.name).toBe('Yuelai Fast Food');
    expect(input.template.templateId).toBe('builtin:restaurant');
    expect(input.template.language).toBe('en');
    expect(input.template.startDate).toMatch(/^\d{4}-\d{2}-01$/);
    expect(input.template.parameters).toContainEqual({ key: 'loan', value: '0' });
    expect(input.template.parameters).toContainEqual({ key: 'loanRate', value: '0.0435' });
    // The template made the first plan: the person lands on it.
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/plan'), SLOW);
  });

  it('sends no template when none is chosen, and stays on the overview the session opens', async () => {
    const sent: unknown[] = [];
    const enterOrganization = renderForm([
      {
        request: { query: CREATE_ORGANIZATION_MUTATION, variables: () => true },
        result: (variables) => {
          sent.push(variables);
          return { data: { __typename: 'Mutation', createOrganization: authPayloadFixture('token-2') } };
        },
      },
    ]);
    await screen.findByTestId('org-template-none', {}, SLOW);
    fireEvent.change(screen.getByLabelText('Organisation name'), { target: { value: 'Acme' } });
    fireEvent.click(screen.getByTestId('create-organization-submit'));
    await waitFor(() => expect(enterOrganization).toHaveBeenCalled(), SLOW);
    expect(sent).toEqual([{ input: { name: 'Acme', currency: 'CNY', fiscalYearStartMonth: 1 } }]);
    expect(screen.getByTestId('location').textContent).toBe('/organizations/new');
  });

  it('keeps the organisation back while a parameter is wrong, and shows the API’s refusal on its field', async () => {
    const sent: unknown[] = [];
    renderForm([
      {
        request: { query: CREATE_ORGANIZATION_MUTATION, variables: () => true },
        result: (variables) => {
          sent.push(variables);
          return { errors: [new GraphQLError('must be at most 100000000', { extensions: { code: 'BAD_USER_INPUT', field: 'template.parameters.investment' } })] };
        },
      },
    ]);
    fireEvent.change(await screen.findByLabelText('Organisation name', {}, SLOW), { target: { value: 'Yuelai' } });
    fireEvent.click(screen.getByTestId('org-template-restaurant'));
    fireEvent.change(await screen.findByTestId('template-param-loan', {}, SLOW), { target: { value: '-1' } });
    fireEvent.click(screen.getByTestId('create-organization-submit'));
    expect(await screen.findByText('Enter an amount of at least 0 with at most two decimals', {}, SLOW)).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).toEqual([]);

    fireEvent.change(param('loan'), { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('create-organization-submit'));
    expect(await screen.findByText('must be at most 100000000', {}, SLOW)).toBeTruthy();
    expect(param('investment').closest('.ant-form-item')?.className).toContain('has-error');
  });
});
