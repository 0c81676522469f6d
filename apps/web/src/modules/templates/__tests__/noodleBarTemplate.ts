import type { PlanTemplate } from '@opsplan/domain';
import type { PlanTemplateFieldsFragment } from '../../../gql/graphql';

const both = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/**
 * A small launch template for the web's tests: a noodle bar opening on a
 * chosen day, a bank loan, a two-year budget with an 18-month payback goal.
 * With the defaults it sells 60 seats × 60 bowls a month at 35.
 */
export function noodleBarTemplate(overrides: Partial<PlanTemplate> = {}): PlanTemplate {
  return {
    schemaVersion: 1,
    key: 'noodle-bar',
    name: both('面馆开业', 'Noodle bar launch'),
    description: both('一家面馆从筹备到开业两年的计划。', 'Two years of a noodle bar, from preparation to the second year.'),
    start: 'startDate',
    horizonMonths: 24,
    parameters: [
      { key: 'company', type: 'text', label: both('店名', 'Name of the bar'), default: both('老街面馆', 'Old Street Noodles') },
      { key: 'investment', type: 'money', label: both('初始投资', 'Initial investment'), default: '300000', min: '0' },
      { key: 'loan', type: 'money', label: both('银行贷款', 'Bank loan'), help: both('不贷款填 0', 'Enter 0 for no loan'), default: '200000', min: '0' },
      { key: 'loanRate', type: 'rate', label: both('贷款年利率', 'Loan interest rate'), default: '0.0435', min: '0', max: '0.2' },
      { key: 'seats', type: 'integer', label: both('座位数', 'Seats'), default: '60', min: '10', max: '400' },
    ],
    departments: [
      { key: 'front', name: both('前厅', 'Front of house'), kind: 'operations', roles: [both('店长', 'Manager'), both('服务员', 'Waiter')] },
      { key: 'kitchen', name: both('后厨', 'Kitchen'), kind: 'supply', roles: [both('厨师', 'Cook')] },
      { key: 'office', name: both('办公室', 'Office'), kind: 'finance', isHr: true },
    ],
    phases: [
      { key: 'prepare', name: both('筹备', 'Preparation'), months: '2', work: both('装修和证照', 'Fit-out and licences'), aim: both('按时开业', 'Open on time') },
      { key: 'run', name: both('经营', 'Running'), months: '22', work: both('日常经营', 'Daily business'), aim: both('回本', 'Pay back') },
    ],
    nodes: [
      { key: 'grow', level: 'strategy', title: both('{company}成为街区第一面馆', '{company}: the first noodle bar of the street'), department: 'front', owner: 'general_manager', dimension: 'marketing', timing: { from: 0, to: 24 } },
      {
        key: 'open',
        parent: 'grow',
        level: 'objective',
        title: both('按时开业', 'Open on time'),
        department: 'front',
        owner: 'director',
        timing: { phase: 'prepare' },
        kpi: { name: both('开业延误天数', 'Days late'), unit: both('天', 'days'), direction: 'lower_is_better', baseline: '0', target: '0' },
      },
      { key: 'sell', parent: 'grow', level: 'objective', title: both('每月卖出 3600 碗', 'Sell 3,600 bowls a month'), department: 'front', owner: 'director', timing: { phase: 'run' } },
      { key: 'fitout', parent: 'open', level: 'project', title: both('装修', 'Fit-out'), department: 'kitchen', owner: 'manager', timing: { from: 0, to: 1.5 } },
      {
        key: 'licences',
        parent: 'fitout',
        level: 'task',
        title: both('办理证照', 'Licences'),
        department: 'office',
        owner: 'supervisor',
        timing: { from: 0, to: 1 },
        checklist: [both('营业执照', 'Business licence'), both('食品经营许可证', 'Food licence')],
      },
      { key: 'menu', parent: 'sell', level: 'project', title: both('推出季节菜单', 'Seasonal menu'), department: 'kitchen', owner: 'manager', timing: { from: 2, to: 24 }, recurrence: 'quarterly', dependsOn: ['fitout'] },
    ],
    budget: {
      name: both('面馆预算', 'Noodle bar budget'),
      horizonMonths: 24,
      revenueLines: [
        {
          key: 'bowls',
          name: both('面', 'Bowls'),
          kind: 'product',
          unitPrice: '35',
          volume: { kind: 'flat', perMonth: { param: 'seats', times: '60' } },
          variableCost: { kind: 'shareOfRevenue', rate: '0.35' },
        },
      ],
      costLines: [{ key: 'rent', name: both('房租', 'Rent'), department: 'front', category: 'rent', amount: { kind: 'monthly', amount: '30000' } }],
      positions: [{ key: 'cooks', department: 'kitchen', role: both('厨师', 'Cook'), count: '3', monthlySalary: '6500', onCostRate: '0.3' }],
      financing: {
        initialInvestment: { param: 'investment' },
        depreciationMonths: 60,
        ownFunds: '100000',
        loans: [{ key: 'bank', name: both('银行贷款', 'Bank loan'), principal: { param: 'loan' }, annualRate: { param: 'loanRate' }, termMonths: 36, repayment: 'equalInstalment' }],
      },
      goals: { paybackWithinMonths: 18 },
    },
    ...overrides,
  };
}

/** The template as the API answers it. */
export function templateFragment(template: PlanTemplate, extra: Partial<PlanTemplateFieldsFragment> = {}): PlanTemplateFieldsFragment {
  return {
    __typename: 'PlanTemplate',
    id: extra.builtIn ? `builtin:${template.key}` : `id-${template.key}`,
    key: template.key,
    builtIn: false,
    name: { __typename: 'LocalizedText', zhCN: template.name['zh-CN'], en: template.name.en },
    description: { __typename: 'LocalizedText', zhCN: template.description['zh-CN'], en: template.description.en },
    body: JSON.stringify(template),
    createdAt: extra.builtIn ? null : '2026-05-01T08:00:00Z',
    version: extra.builtIn ? 0 : 1,
    ...extra,
  };
}
