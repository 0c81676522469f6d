import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { Role } from '@opsplan/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { VIEWER_QUERY } from '../../../session/graphql/queries/viewerQuery';
import { viewerFixture } from '../../../../test/fixtures';
import { fakeSession, renderWithSession } from '../../../../test/renderWithSession';
import { TemplatesPage } from '../../../../pages/TemplatesPage';
import { noodleBarTemplate, templateFragment } from '../../__tests__/noodleBarTemplate';
import { DELETE_PLAN_TEMPLATE_MUTATION } from '../../graphql/mutations/deletePlanTemplateMutation';
import { IMPORT_PLAN_TEMPLATE_MUTATION } from '../../graphql/mutations/importPlanTemplateMutation';
import { RESTORE_PLAN_TEMPLATE_MUTATION } from '../../graphql/mutations/restorePlanTemplateMutation';
import { PLAN_TEMPLATES_QUERY } from '../../graphql/queries/planTemplatesQuery';

// Lazy chunks, the preview's engine runs and antd's forms are slow in jsdom when every suite runs at once.
const SLOW = { timeout: 5000 };

const builtIn = templateFragment(noodleBarTemplate(), { builtIn: true });
const ours = templateFragment(
  noodleBarTemplate({ key: 'nook', name: { 'zh-CN': '面馆二店', en: 'Noodle Nook' }, description: { 'zh-CN': '我们的第二家店。', en: 'Our second bar.' } }),
);

// The API answers built-in templates first; the gallery keeps them first whatever the order.
const templatesMock = (templates = [ours, builtIn]): MockLink.MockedResponse => ({
  request: { query: PLAN_TEMPLATES_QUERY },
  result: { data: { __typename: 'Query', planTemplates: templates } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

function renderGallery(role: Role, mocks: MockLink.MockedResponse[] = [templatesMock()]) {
  const cache = new InMemoryCache();
  cache.writeQuery({ query: VIEWER_QUERY, data: { __typename: 'Query', viewer: viewerFixture(role) } });
  return renderWithSession(
    <MockedProvider mocks={mocks} cache={cache}>
      <TemplatesPage />
    </MockedProvider>,
    { session: fakeSession({ status: 'signedIn' }), path: '/templates' },
  );
}

describe('the template gallery', { timeout: 15_000 }, () => {
  it('shows the built-in templates first, each with what it lays out, and lets an executive use them', async () => {
    renderGallery('executive');
    const card = await screen.findByTestId('template-card-noodle-bar', {}, SLOW);
    const cards = screen.getAllByTestId(/^template-card-/).map((element) => element.getAttribute('data-testid'));
    expect(cards).toEqual(['template-card-noodle-bar', 'template-card-nook']);
    expect(within(card).getByText('Noodle bar launch')).toBeTruthy();
    expect(within(card).getByText('Built-in')).toBeTruthy();
    const summary = within(screen.getByTestId('template-summary-noodle-bar'));
    expect(summary.getByText('Levels').closest('.ant-statistic')?.textContent).toContain('4');
    expect(summary.getByText('Departments').closest('.ant-statistic')?.textContent).toContain('3');
    expect(summary.getByText('KPIs').closest('.ant-statistic')?.textContent).toContain('1');
    expect(summary.getByText('Months').closest('.ant-statistic')?.textContent).toContain('24');
    expect(within(card).getByText('Open on time')).toBeTruthy();

    fireEvent.click(screen.getByTestId('template-use-noodle-bar'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/templates/builtin%3Anoodle-bar/use'), SLOW);
  });

  it('offers staff no way to use, import or delete a template, and says why', async () => {
    renderGallery('staff');
    expect(await screen.findByTestId('template-card-noodle-bar', {}, SLOW)).toBeTruthy();
    expect(screen.queryByTestId('template-use-noodle-bar')).toBeNull();
    expect(screen.queryByTestId('template-use-nook')).toBeNull();
    expect((screen.getByTestId('template-use-disabled-noodle-bar') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('templates-read-only').textContent).toContain('Only executives and admins create plans from templates.');
    expect(screen.queryByTestId('template-import')).toBeNull();
    expect(screen.queryByTestId('template-delete-nook')).toBeNull();
    // Reading is fine: anyone may export a template.
    expect(screen.getByTestId('template-export-nook')).toBeTruthy();
  });

  it('lists every problem of an imported file by its JSON path', async () => {
    const sent: unknown[] = [];
    renderGallery('admin', [
      templatesMock(),
      {
        request: { query: IMPORT_PLAN_TEMPLATE_MUTATION, variables: () => true },
        result: (variables) => {
          sent.push(variables);
          return {
            errors: [
              new GraphQLError('nodes[3].level: must be one of strategy, objective, project, task, activity', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'json',
                  problems: [
                    { path: 'nodes[3].level', message: 'must be one of strategy, objective, project, task, activity' },
                    { path: 'departments[0].name.en', message: 'must not be empty' },
                  ],
                },
              }),
            ],
          };
        },
      },
    ]);
    await screen.findByTestId('template-card-noodle-bar', {}, SLOW);
    const json = JSON.stringify({ key: 'broken' });
    fireEvent.change(screen.getByTestId('template-import-file'), { target: { files: [new File([json], 'broken.json', { type: 'application/json' })] } });

    const problems = await screen.findByTestId('template-import-problems', {}, SLOW);
    expect(sent).toEqual([{ input: { json } }]);
    expect(within(problems).getAllByTestId('template-import-problem').map((item) => item.textContent)).toEqual([
      'nodes[3].level must be one of strategy, objective, project, task, activity',
      'departments[0].name.en must not be empty',
    ]);
  });

  it('refuses a file that is not JSON before sending it', async () => {
    renderGallery('admin');
    await screen.findByTestId('template-card-noodle-bar', {}, SLOW);
    fireEvent.change(screen.getByTestId('template-import-file'), { target: { files: [new File(['{ nope'], 'notes.json')] } });
    const problems = await screen.findByTestId('template-import-problems', {}, SLOW);
    expect(problems.textContent).toContain('notes.json');
    expect(problems.textContent).toContain('The file is not valid JSON');
  });

  it('deletes one of the organisation’s templates with an Undo that brings it back', async () => {
    const asked: string[] = [];
    renderGallery('admin', [
      templatesMock(),
      {
        request: { query: DELETE_PLAN_TEMPLATE_MUTATION, variables: { input: { id: 'id-nook', version: 1 } } },
        result: () => {
          asked.push('delete');
          return { data: { __typename: 'Mutation', deletePlanTemplate: { __typename: 'PlanTemplate', id: 'id-nook', version: 2 } } };
        },
      },
      {
        request: { query: RESTORE_PLAN_TEMPLATE_MUTATION, variables: { id: 'id-nook' } },
        result: () => {
          asked.push('restore');
          return { data: { __typename: 'Mutation', restorePlanTemplate: { ...ours, version: 3 } } };
        },
      },
    ]);
    await screen.findByTestId('template-card-nook', {}, SLOW);
    // Built-in templates cannot be deleted.
    expect(screen.queryByTestId('template-delete-noodle-bar')).toBeNull();
    fireEvent.click(screen.getByTestId('template-delete-nook'));
    expect((await screen.findByTestId('template-deleted-message', {}, SLOW)).textContent).toContain('Template “Noodle Nook” deleted');
    fireEvent.click(screen.getByTestId('template-delete-undo'));
    expect(await screen.findByText('Template “Noodle Nook” restored', {}, SLOW)).toBeTruthy();
    expect(asked).toEqual(['delete', 'restore']);
  });
});
