import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanNodeFieldsFragment } from '../../../../gql/graphql';
import { i18n } from '../../../../i18n/i18n';
import { planNodeFixture as planNode } from '../../../../test/fixtures';
import { FeedbackProvider } from '../../../feedback/components/FeedbackProvider';
import { LINK_KPI_TARGET_MUTATION } from '../../graphql/mutations/linkKpiTargetMutation';
import { NODE_BUDGET_HORIZON_QUERY } from '../../graphql/queries/nodeBudgetHorizonQuery';
import { planActorOf } from '../../utils/nodeAccess';
import { kpiFigureText, readsWholeBudget } from '../../utils/budgetLink';
import { KpiBudgetLink } from '../KpiBudgetLink';

const revenueY1 = { __typename: 'KpiTargetSource' as const, scenario: 'responsibility', measure: 'revenue', period: 'Y1' };
const kpi = (targetSource: { __typename: 'KpiTargetSource'; scenario: string; measure: string; period: string } | null) => ({
  __typename: 'Kpi' as const,
  name: 'Revenue',
  unit: '元',
  baseline: '0',
  target: '1200000',
  actual: '600000',
  direction: 'higher_is_better' as const,
  progress: 50,
  targetSource,
});

type Input = { nodeId: string; version: number; source: Record<string, string> | null };

function renderLink(node: PlanNodeFieldsFragment & { budgetCostEstimate?: string | null }, canLink: boolean, horizonMonths: number | null = 24) {
  const links: Input[] = [];
  const mocks: MockLink.MockedResponse[] = [
    {
      request: { query: NODE_BUDGET_HORIZON_QUERY, variables: { planId: 'plan-1' } },
      result: { data: { __typename: 'Query', budget: horizonMonths === null ? null : { __typename: 'Budget', id: 'b1', startMonth: '2031-01', horizonMonths } } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: LINK_KPI_TARGET_MUTATION, variables: () => true },
      result: (variables: Record<string, unknown>) => {
        const input = variables['input'] as Input;
        links.push(input);
        const targetSource = input.source && { __typename: 'KpiTargetSource', ...input.source };
        return { data: { __typename: 'Mutation', linkKpiTargetToBudget: { ...node, version: input.version + 1, kpi: { ...node.kpi, targetSource } } } };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
  render(
    <ConfigProvider locale={enUS}>
      <FeedbackProvider>
        <MockedProvider mocks={mocks}>
          <KpiBudgetLink node={node} canLink={canLink} currency="CNY" onReload={() => undefined} />
        </MockedProvider>
      </FeedbackProvider>
    </ConfigProvider>,
  );
  return { links };
}

const field = (testId: string) => screen.getByTestId(testId).closest('.ant-form-item') as HTMLElement;

describe('the KPI target from the budget, in the node drawer', { timeout: 30_000 }, () => {
  afterEach(() => void i18n.changeLanguage('en'));

  it('offers it only to those who may change the node and read the whole budget', () => {
    const actor = (role: 'admin' | 'executive' | 'finance' | 'manager' | 'staff') => planActorOf({ membership: { id: 'm1', role, department: { id: 'd-sales' } } });
    expect(['admin', 'executive', 'finance', 'manager', 'staff'].map((role) => readsWholeBudget(actor(role as 'admin')))).toEqual([true, true, true, false, false]);
    expect(readsWholeBudget(null)).toBe(false);
  });

  it('shows where a linked target comes from, and unlinks it', async () => {
    const { links } = renderLink(planNode('p1', 'o1', 'project', { kpi: kpi(revenueY1), version: 7 }), true);
    expect(screen.getByTestId('kpi-budget-source').textContent).toBe('From budget: responsibility target · revenue · Y1');
    await userEvent.click(screen.getByTestId('kpi-budget-unlink'));
    await waitFor(() => expect(links).toEqual([{ nodeId: 'p1', version: 7, source: null }]));
  });

  it('links the target to a chosen scenario, figure and year of the budget’s horizon', async () => {
    const { links } = renderLink(planNode('o1', 's1', 'objective', { kpi: kpi(null), version: 3 }), true, 24);
    expect(screen.queryByTestId('kpi-budget-source')).toBeNull();
    await userEvent.click(screen.getByTestId('kpi-budget-choose'));
    await screen.findByTestId('kpi-budget-form');

    await userEvent.click(within(field('kpi-budget-scenario')).getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('stretch target'));
    await userEvent.click(within(field('kpi-budget-measure')).getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('profit before tax'));
    // A 24-month budget: the whole horizon and two years, no third.
    await userEvent.click(within(field('kpi-budget-period')).getByRole('combobox'));
    expect(await screen.findByTitle('whole horizon')).toBeTruthy();
    expect(screen.queryByTitle('Y3')).toBeNull();
    await userEvent.click(screen.getByTitle('Y2'));
    await userEvent.click(screen.getByTestId('kpi-budget-submit'));

    await waitFor(() => expect(links).toEqual([{ nodeId: 'o1', version: 3, source: { scenario: 'stretch', measure: 'profitBeforeTax', period: 'Y2' } }]));
  });

  it('takes the payback month over the whole horizon only', async () => {
    const { links } = renderLink(planNode('o1', 's1', 'objective', { kpi: kpi(null), version: 4 }), true, 24);
    await userEvent.click(screen.getByTestId('kpi-budget-choose'));
    await screen.findByTestId('kpi-budget-form');

    await userEvent.click(within(field('kpi-budget-measure')).getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('payback month'));
    // Choosing it chooses the horizon, and the years cannot be picked.
    await waitFor(() => expect(within(field('kpi-budget-period')).getByTitle('whole horizon')).toBeTruthy());
    expect(field('kpi-budget-period').textContent).toContain('The payback month is a figure of the whole horizon.');
    await userEvent.click(within(field('kpi-budget-period')).getByRole('combobox'));
    const year = (await screen.findAllByTitle('Y1')).find((el) => el.classList.contains('ant-select-item-option')) as HTMLElement;
    expect(year.getAttribute('aria-disabled') ?? String(year.classList.contains('ant-select-item-option-disabled'))).toBe('true');
    await userEvent.click(screen.getByTestId('kpi-budget-submit'));

    await waitFor(() => expect(links).toEqual([{ nodeId: 'o1', version: 4, source: { scenario: 'responsibility', measure: 'paybackMonth', period: 'total' } }]));
  });

  it('reads a target taken from the payback month as a month', async () => {
    const payback = { __typename: 'KpiTargetSource' as const, scenario: 'responsibility', measure: 'paybackMonth', period: 'total' };
    const target = { unit: '个月', targetSource: payback };
    expect(kpiFigureText(i18n.t, '13', target)).toBe('month 13');
    expect(kpiFigureText(i18n.t, '1200000', { unit: '元', targetSource: revenueY1 })).toBe('1,200,000 元');
    await i18n.changeLanguage('zh-CN');
    expect(kpiFigureText(i18n.t, '13', target)).toBe('第 13 个月');
    renderLink(planNode('o1', 's1', 'objective', { kpi: { ...kpi(payback), target: '13' } }), false);
    expect(screen.getByTestId('kpi-budget-source').textContent).toBe('取自预算：责任目标值 · 投资回收月 · 全周期');
  });

  it('says so when the plan has no budget', async () => {
    renderLink(planNode('o1', 's1', 'objective', { kpi: kpi(null) }), true, null);
    await userEvent.click(screen.getByTestId('kpi-budget-choose'));
    expect((await screen.findByTestId('kpi-budget-none')).textContent).toContain('This plan has no budget yet.');
  });

  it('shows a manager the link without the means to change it, and a project’s cost estimate in the organisation’s currency', async () => {
    await i18n.changeLanguage('zh-CN');
    renderLink(planNode('p1', 'o1', 'project', { kpi: kpi(revenueY1), budgetCostEstimate: '12506.00' } as Partial<PlanNodeFieldsFragment>), false);
    expect(screen.getByTestId('kpi-budget-source').textContent).toBe('取自预算：责任目标值 · 营业收入 · 第1年');
    expect(screen.queryByTestId('kpi-budget-unlink')).toBeNull();
    expect(screen.queryByTestId('kpi-budget-choose')).toBeNull();
    expect(screen.getByTestId('budget-cost-estimate').textContent).toBe('预算成本估算 ¥12,506.00');
  });

  it('shows nothing to someone with neither a link, an estimate nor the right to link', () => {
    renderLink(planNode('t1', 'p1', 'task', { kpi: kpi(null) }), false);
    expect(screen.queryByTestId('kpi-budget-link')).toBeNull();
  });
});
