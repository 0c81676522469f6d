import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { builtInTemplate } from '@opsplan/domain';
import type { Role } from '@opsplan/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { TemplateUsePage } from '../../../../pages/TemplateUsePage';
import { viewerFixture } from '../../../../test/fixtures';
import { fakeSession, renderWithSession } from '../../../../test/renderWithSession';
import { VIEWER_QUERY } from '../../../session/graphql/queries/viewerQuery';
import { noodleBarTemplate, templateFragment } from '../../__tests__/noodleBarTemplate';
import { CREATE_PLAN_FROM_TEMPLATE_MUTATION } from '../../graphql/mutations/createPlanFromTemplateMutation';
import { PLAN_TEMPLATE_QUERY } from '../../graphql/queries/planTemplateQuery';

// Lazy chunks, the preview's engine runs and antd's forms are slow in jsdom when every suite runs at once.
const SLOW = { timeout: 5000 };

const template = templateFragment(noodleBarTemplate(), { builtIn: true });
const templateMock: MockLink.MockedResponse = {
  request: { query: PLAN_TEMPLATE_QUERY, variables: { id: 'builtin:noodle-bar' } },
  result: { data: { __typename: 'Query', planTemplate: template } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderPage(mocks: MockLink.MockedResponse[] = [], role: Role = 'executive', path = '/templates/builtin%3Anoodle-bar/use') {
  const cache = new InMemoryCache();
  cache.writeQuery({ query: VIEWER_QUERY, data: { __typename: 'Query', viewer: viewerFixture(role) } });
  return renderWithSession(
    <MockedProvider mocks={[templateMock, ...mocks]} cache={cache}>
      <TemplateUsePage />
    </MockedProvider>,
    { session: fakeSession({ status: 'signedIn' }), path, pattern: '/templates/:templateId/use' },
  );
}

const param = (key: string) => screen.getByTestId(`template-param-${key}`) as HTMLInputElement;
const type = (key: string, value: string) => fireEvent.change(param(key), { target: { value } });
const statistic = (testId: string) => screen.getByTestId(testId).querySelector('.ant-statistic-content')?.textContent;

/** Fills the start date through the picker's input, as a person typing it does. */
async function chooseStartDate(date: string) {
  const input = await screen.findByTestId('template-start-date', {}, SLOW);
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: date } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

// The preview lays the template out and runs the budget engine on the main thread in jsdom.
describe('creating a plan from a template', { timeout: 20_000 }, () => {
  it('previews the plan as the parameters stand, and again when one changes', async () => {
    renderPage();
    await chooseStartDate('2026-06-01');
    await waitFor(() => expect(screen.getByTestId('template-preview-plan').textContent).toBe('2026 · Noodle bar launch: 2026-06-01 to 2028-05-31'), SLOW);

    const tree = screen.getByTestId('template-preview-tree');
    for (const title of ['Old Street Noodles: the first noodle bar of the street', 'Open on time', 'Fit-out', 'Seasonal menu']) expect(within(tree).getByText(title)).toBeTruthy();
    // Tasks are below the preview's levels.
    expect(within(tree).queryByText('Licences')).toBeNull();
    const timeline = screen.getByTestId('template-preview-timeline');
    expect(within(timeline).getAllByTestId('timeline-month')).toHaveLength(24);
    expect(within(timeline).getByTestId('timeline-bar-phase:prepare')).toBeTruthy();
    expect(within(timeline).getByTestId('timeline-bar-project:menu')).toBeTruthy();
    const departments = screen.getByTestId('template-preview-departments');
    expect(within(departments).getByText('Kitchen')).toBeTruthy();
    expect(within(departments).getByText('Cook')).toBeTruthy();
    expect(screen.getByTestId('template-preview-chart')).toBeTruthy();

    expect(statistic('template-preview-loans')).toBe('200,000.00');
    expect(screen.getByTestId('template-check-payback').textContent).toContain('Payback in month 12 — within the 18-month goal');
    await waitFor(() => expect(statistic('template-preview-net-profit')).toBeTruthy(), SLOW);
    const profitWithLoan = statistic('template-preview-net-profit');

    // No loan: no interest, so more profit; the rest stays.
    type('loan', '0');
    await waitFor(() => expect(statistic('template-preview-loans')).toBe('No loans'), SLOW);
    await waitFor(() => expect(statistic('template-preview-net-profit')).not.toBe(profitWithLoan), SLOW);

    // Half the seats do not pay back the investment.
    type('seats', '30');
    await waitFor(() => expect(screen.getByTestId('template-check-payback').getAttribute('data-met')).toBe('false'), SLOW);
    expect(screen.getByTestId('template-check-payback').textContent).toContain('No payback within the horizon — the goal is 18 months');
  });

  it('previews the built-in restaurant without its loan when the loan is set to 0', async () => {
    const restaurant = builtInTemplate('restaurant');
    if (!restaurant) throw new Error('the restaurant template is built in');
    renderPage(
      [
        {
          request: { query: PLAN_TEMPLATE_QUERY, variables: { id: 'builtin:restaurant' } },
          result: { data: { __typename: 'Query', planTemplate: templateFragment(restaurant, { builtIn: true }) } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
      'executive',
      '/templates/builtin%3Arestaurant/use',
    );
    await screen.findByTestId('template-preview-loans', {}, { timeout: 5000 });
    expect(statistic('template-preview-loans')).toBe('20,000.00');
    expect(screen.getByTestId('template-check-payback').textContent).toMatch(/Payback in month \d+ — within the 12-month goal/);
    type('loan', '0');
    await waitFor(() => expect(statistic('template-preview-loans')).toBe('No loans'), SLOW);
  });

  it('shows the template’s problems on the fields they name', async () => {
    renderPage();
    await screen.findByTestId('template-param-company', {}, SLOW);
    type('company', 'N'.repeat(101));
    expect(await screen.findByText('is longer than 100 characters', {}, SLOW)).toBeTruthy();
    expect(param('company').closest('.ant-form-item')?.className).toContain('has-error');
    expect(await screen.findByTestId('template-preview-invalid', {}, SLOW)).toBeTruthy();
  });

  it('creates the plan with the choices as typed, then opens its outline', async () => {
    const sent: unknown[] = [];
    renderPage([
      {
        request: { query: CREATE_PLAN_FROM_TEMPLATE_MUTATION, variables: () => true },
        delay: 50,
        result: (variables) => {
          sent.push(variables);
          return {
            data: {
              __typename: 'Mutation',
              createPlanFromTemplate: {
                __typename: 'TemplatePlanResult',
                plan: { __typename: 'Plan', id: 'plan-9', year: 2026, name: 'Nook 2026', status: 'draft', progress: 0, version: 1 },
                budgetId: 'budget-9',
                cycleId: null,
                checks: [{ __typename: 'TemplateCheck', kind: 'paybackWithin', months: 18, paybackMonth: 12, met: true }],
              },
            },
          };
        },
      },
    ]);
    await chooseStartDate('2026-06-01');
    type('company', 'Noodle Nook');
    type('loanRate', '3.9');
    type('loan', '150,000');
    fireEvent.change(screen.getByTestId('template-plan-name'), { target: { value: 'Nook 2026' } });
    await waitFor(() => expect(screen.getByTestId('template-preview-tree').textContent).toContain('Noodle Nook'), SLOW);
    fireEvent.click(screen.getByTestId('template-create'));

    expect(await screen.findByTestId('template-creating', {}, SLOW)).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/plan?plan=plan-9'), SLOW);
    expect(sent).toEqual([
      {
        input: {
          templateId: 'builtin:noodle-bar',
          language: 'en',
          startDate: '2026-06-01',
          planName: 'Nook 2026',
          parameters: [
            { key: 'company', value: 'Noodle Nook' },
            { key: 'investment', value: '300000' },
            { key: 'loan', value: '150000' },
            { key: 'loanRate', value: '0.039' },
            { key: 'seats', value: '60' },
          ],
        },
      },
    ]);
    expect(await screen.findByText('Plan “Nook 2026” created from the template', {}, SLOW)).toBeTruthy();
  });

  it('puts the API’s refusal on the field it names', async () => {
    renderPage([
      {
        request: { query: CREATE_PLAN_FROM_TEMPLATE_MUTATION, variables: () => true },
        result: { errors: [new GraphQLError('A plan for 2026 already exists', { extensions: { code: 'BAD_USER_INPUT', field: 'startDate' } })] },
      },
    ]);
    await screen.findByTestId('template-preview-plan', {}, SLOW);
    fireEvent.click(screen.getByTestId('template-create'));
    expect(await screen.findByText('A plan for 2026 already exists', {}, SLOW)).toBeTruthy();
    expect(screen.getByTestId('template-start-date').closest('.ant-form-item')?.className).toContain('has-error');
    expect(screen.getByTestId('location').textContent).toBe('/templates/builtin%3Anoodle-bar/use');
  });

  it('is not for people who may not create plans', async () => {
    renderPage([], 'manager');
    expect(await screen.findByText('No access', {}, SLOW)).toBeTruthy();
    expect(screen.queryByTestId('template-create')).toBeNull();
  });
});
