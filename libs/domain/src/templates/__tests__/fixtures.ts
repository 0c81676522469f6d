import type { PlanTemplate } from '../types';

/** A small template with one of everything; specs break one thing at a time. */
export function smallTemplate(): PlanTemplate {
  return {
    schemaVersion: 1,
    key: 'small-shop',
    name: { 'zh-CN': '小店计划', en: 'Small shop plan' },
    description: { 'zh-CN': '用于测试', en: 'For tests' },
    start: 'startDate',
    horizonMonths: 12,
    parameters: [
      { key: 'shopName', type: 'text', label: { 'zh-CN': '店名', en: 'Shop name' }, default: { 'zh-CN': '小店', en: 'Little Shop' } },
      { key: 'rent', type: 'money', label: { 'zh-CN': '租金', en: 'Rent' }, default: '5000', min: '0', max: '100000' },
    ],
    departments: [
      { key: 'owner', name: { 'zh-CN': '店主', en: 'Owner' }, kind: 'presidents_office' },
      { key: 'staff', name: { 'zh-CN': '员工', en: 'Staff' }, parent: 'owner', isHr: true },
    ],
    phases: [{ key: 'open', name: { 'zh-CN': '开业', en: 'Opening' }, months: '2', work: { 'zh-CN': '开业', en: 'Open' }, aim: { 'zh-CN': '站稳', en: 'Hold on' } }],
    nodes: [
      { key: 'grow', level: 'strategy', title: { 'zh-CN': '做大{shopName}', en: 'Grow {shopName}' }, department: 'owner', owner: 'general_manager', timing: { from: 0, to: 12 } },
      { key: 'sales', parent: 'grow', level: 'objective', title: { 'zh-CN': '销售', en: 'Sales' }, department: 'owner', owner: 'director', timing: { from: 0, to: 12 } },
      { key: 'launch', parent: 'sales', level: 'project', title: { 'zh-CN': '开业', en: 'Launch' }, department: 'staff', owner: 'manager', timing: { phase: 'open' } },
      { key: 'licence', parent: 'launch', level: 'task', title: { 'zh-CN': '执照', en: 'Licence' }, department: 'staff', owner: 'supervisor', timing: { from: 0, to: 1 } },
      { key: 'register', parent: 'launch', level: 'task', title: { 'zh-CN': '登记', en: 'Register' }, department: 'staff', owner: 'supervisor', timing: { from: 1, to: 2 }, dependsOn: ['licence'] },
      { key: 'flyers', parent: 'launch', level: 'activity', title: { 'zh-CN': '发传单', en: 'Hand out flyers' }, department: 'staff', owner: 'staff', timing: { from: 0.5, to: 1.5 } },
    ],
    budget: {
      name: { 'zh-CN': '预算', en: 'Budget' },
      horizonMonths: 12,
      revenueLines: [{ key: 'meals', name: { 'zh-CN': '餐食', en: 'Meals' }, kind: 'product', unitPrice: '20', volume: { kind: 'flat', perMonth: '1000' } }],
      costLines: [{ key: 'rent', name: { 'zh-CN': '租金', en: 'Rent' }, department: 'owner', category: 'rent', amount: { kind: 'monthly', amount: { param: 'rent' } }, node: 'launch' }],
      positions: [],
      financing: { initialInvestment: '10000', depreciationMonths: 60, ownFunds: '10000', loans: [] },
    },
  };
}

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * The template as plain JSON with the field at `path` ("nodes[1].level")
 * set to `value`, or removed when `value` is undefined.
 */
export function changed(path: string, value: unknown, template: PlanTemplate = smallTemplate()): unknown {
  const copy = JSON.parse(JSON.stringify(template)) as JsonValue;
  const steps = path.split(/\.|\[|\]/).filter((s) => s !== '');
  let here = copy as Record<string, JsonValue>;
  for (const step of steps.slice(0, -1)) here = here[step] as Record<string, JsonValue>;
  const last = steps[steps.length - 1];
  if (value === undefined) delete here[last];
  else here[last] = value as JsonValue;
  return copy;
}
