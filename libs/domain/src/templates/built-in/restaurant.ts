// Opening a fast-food restaurant (BRIEF §4): a mid-range sole proprietorship
// on a pedestrian shopping street, open for breakfast to late night, meant to
// grow into a Chinese fast-food chain. 50,000 yuan to start (30,000 own funds
// and a 20,000 bank loan); the investment back within a year; three more
// branches within three years.
//
// Figures the source does not give are a small shop's, chosen so the default
// budget earns the investment back within the year: about 110 dine-in meals a
// day at 16 yuan growing 1.5 % a month, office lunches delivered at 20, a
// breakfast cart at 6 and student meals at 12, about 83,000 a month in all;
// food at 38–45 % of sales; the vouchers (10 yuan back for every 100 spent) at
// 10 % of all revenue plus the 888-yuan month-end draw; rent 7,000; the owner
// runs the shop with six staff (the owner's own income is the profit).
import type { PlanTemplate, TemplateBudget, TemplateNode } from '../types';
import { t } from './text';

/** The branches: when each opens (1-based budget month; fit-out and rent start the month before) and its project's months. */
const BRANCHES = [
  { n: 1, opens: 14, project: { from: 12, to: 16 } },
  { n: 2, opens: 22, project: { from: 20, to: 24 } },
  { n: 3, opens: 30, project: { from: 28, to: 32 } },
] as const;

const STRATEGY: TemplateNode = {
  key: 'chain',
  level: 'strategy',
  title: t('把{companyName}做成中式快餐连锁品牌', 'Grow {companyName} into a Chinese fast-food chain'),
  description: t(
    '中档快餐，早餐、午餐、晚餐、夜宵和饮品。顾客是上班族、儿童、学生和其他过往客人；对手是附近的小餐馆和麦当劳、肯德基。以物美价廉、干净卫生和网上订餐送餐取胜。',
    'Mid-range fast food: breakfast, lunch, dinner, late-night food and drinks. Customers are office workers, children, students and passers-by; competitors are the small restaurants nearby, McDonald’s and KFC. We win on good food at fair prices, cleanliness, and ordering online with delivery.',
  ),
  department: 'owner',
  owner: 'general_manager',
  dimension: 'marketing',
  timing: { from: 0, to: 36 },
};

// Organisation work: the money.
const PAYBACK: TemplateNode[] = [
  {
    key: 'payback',
    parent: 'chain',
    level: 'objective',
    title: t('一年内收回投资', 'Earn the investment back within a year'),
    department: 'finance',
    owner: 'director',
    dimension: 'organisation',
    timing: { from: 0, to: 12 },
    kpi: {
      name: t('投资回收期', 'Payback period'),
      unit: t('个月', 'months'),
      direction: 'lower_is_better',
      baseline: '36',
      target: '12',
      budgetTarget: { scenario: 'responsibility', measure: 'paybackMonth', period: 'total' },
    },
  },
  {
    key: 'books',
    parent: 'payback',
    level: 'project',
    title: t('建立账务与现金管理', 'Keep the books and control the cash'),
    description: t('所有收支先经会计入账或登记后才能动用；店内物品属固定资产，不得随意损坏或带走。', 'No money is used before it is entered in the books; the shop’s fittings are fixed assets, not to be damaged or taken away.'),
    department: 'finance',
    owner: 'manager',
    timing: { from: 0, to: 36 },
  },
  { key: 'double-entry', parent: 'books', level: 'task', title: t('建立复式记账账簿', 'Set up double-entry books'), department: 'finance', owner: 'supervisor', timing: { from: 0, to: 0.5 } },
  {
    key: 'cash-count',
    parent: 'books',
    level: 'task',
    title: t('每日清点当日收入', 'Count the day’s takings'),
    department: 'finance',
    owner: 'supervisor',
    timing: { from: 0, to: 36 },
    recurrence: 'daily',
    checklist: [t('点菜单与收款凭据一式两份并存档', 'Order slips and receipts kept in duplicate'), t('当日收入当日入账', 'The day’s takings entered the same day')],
  },
  {
    key: 'monthly-books',
    parent: 'books',
    level: 'task',
    title: t('月度结账', 'Close the month’s books'),
    department: 'finance',
    owner: 'supervisor',
    timing: { from: 0, to: 36 },
    recurrence: 'monthly',
    checklist: [t('扣除全部费用后的月净收益存入银行', 'Bank the month’s net income after all costs'), t('收入较高时研究调整工资', 'When takings run high, review pay')],
  },
  { key: 'quarterly-books', parent: 'books', level: 'task', title: t('季度结账', 'Close the quarter’s books'), department: 'finance', owner: 'supervisor', timing: { from: 0, to: 36 }, recurrence: 'quarterly' },
  { key: 'annual-books', parent: 'books', level: 'task', title: t('年终总账', 'Close the year’s accounts'), department: 'finance', owner: 'supervisor', timing: { from: 0, to: 36 }, recurrence: 'yearly' },
];

// Production work: the shop itself, its licences, hygiene and staff.
const SHOP: TemplateNode[] = [
  { key: 'open', parent: 'chain', level: 'objective', title: t('在{city}{street}开业并站稳脚跟', 'Open on {street} in {city} and hold our ground'), department: 'owner', owner: 'director', dimension: 'production', timing: { from: 0, to: 12 } },
  { key: 'licences', parent: 'open', level: 'project', title: t('证照办理', 'Licences and registration'), department: 'owner', owner: 'manager', timing: { from: 0, to: 1.5 } },
  {
    key: 'hygiene-licence',
    parent: 'licences',
    level: 'task',
    title: t('办理卫生许可证', 'Obtain the hygiene licence'),
    description: t('没有卫生许可证不得从事食品经营，也不能申请营业登记；许可证不得伪造、涂改或出借。', 'Without the hygiene licence a shop may neither sell food nor apply for registration; the licence may not be forged, altered or lent.'),
    department: 'owner',
    owner: 'supervisor',
    timing: { from: 0, to: 0.75 },
    checklist: [t('准备申请材料', 'Prepare the application'), t('员工健康证明', 'Staff health certificates'), t('接受场所卫生检查', 'Premises inspection passed')],
  },
  {
    key: 'registration',
    parent: 'licences',
    level: 'task',
    title: t('办理个人独资企业营业登记', 'Register the business as a sole proprietorship'),
    department: 'owner',
    owner: 'supervisor',
    timing: { from: 0.75, to: 1.5 },
    dependsOn: ['hygiene-licence'],
  },
  { key: 'fit-out', parent: 'open', level: 'project', title: t('店面装修与厨房设备', 'Fit-out and kitchen equipment'), department: 'kitchen', owner: 'manager', timing: { from: 0, to: 1 } },
  {
    key: 'hygiene',
    parent: 'open',
    level: 'project',
    title: t('食品卫生', 'Food hygiene'),
    department: 'kitchen',
    owner: 'manager',
    timing: { from: 0, to: 36 },
  },
  {
    key: 'hygiene-check',
    parent: 'hygiene',
    level: 'task',
    title: t('店面卫生检查', 'Premises hygiene check'),
    department: 'kitchen',
    owner: 'supervisor',
    timing: { from: 0, to: 36 },
    recurrence: 'weekly',
    checklist: [
      t('清除苍蝇、老鼠、蟑螂等有害昆虫及其孳生条件', 'No flies, rats, cockroaches or other pests, nor places for them to breed'),
      t('餐具、饮具用后洗净消毒', 'Tableware and cups washed and disinfected after use'),
      t('生熟分开，原料与成品分开，防止交叉污染', 'Raw and cooked food kept apart, ingredients and dishes too: no cross-contamination'),
      t('员工个人卫生良好，持有效健康证明', 'Staff keep clean and hold valid health certificates'),
      t('饮用水符合国家卫生标准', 'Drinking water meets the national standard'),
    ],
  },
  {
    key: 'staff',
    parent: 'open',
    level: 'project',
    title: t('招聘与培训员工', 'Hire and train the staff'),
    department: 'personnel',
    owner: 'manager',
    timing: { from: 0, to: 2.5 },
  },
  {
    key: 'hiring',
    parent: 'staff',
    level: 'task',
    title: t('招聘 20–30 岁、有经验的本地员工', 'Hire local staff aged 20–30 with experience'),
    description: t(
      '考核上岗：不合格者停职学习，扣发 20% 工资，直至合格；三次考核不合格，扣发当月全部工资。',
      'Staff start work once they pass the assessment. Whoever fails is suspended for study with 20 % of pay withheld until they pass; three failures forfeit that month’s pay.',
    ),
    department: 'personnel',
    owner: 'supervisor',
    timing: { from: 0, to: 2.5 },
    checklist: [
      t('面试', 'Interview'),
      t('笔试', 'Written test'),
      t('体检', 'Medical check'),
      t('签订劳动合同', 'Sign the labour contract'),
      t('两个月岗前培训：劳动纪律和各项规章制度', 'Two months of training: work discipline and the house rules'),
      t('考核上岗', 'Assessment before taking up the post'),
    ],
  },
];

// Marketing work: winning customers and keeping them.
const CUSTOMERS: TemplateNode[] = [
  {
    key: 'customers',
    parent: 'chain',
    level: 'objective',
    title: t('吸引并留住顾客', 'Win customers and keep them coming back'),
    department: 'marketing',
    owner: 'director',
    timing: { from: 0, to: 12 },
    kpi: { name: t('日均就餐人次', 'Meals served a day'), unit: t('人次', 'meals'), direction: 'higher_is_better', baseline: '0', target: '300' },
  },
  {
    key: 'publicity',
    parent: 'customers',
    level: 'project',
    title: t('开业宣传与问卷调查', 'Pre-opening publicity and questionnaires'),
    description: t('介绍本店物美价廉的经营方针，按问卷结果完善菜品与服务。', 'Tell people about good food at fair prices, and shape the menu and service by what the questionnaires say.'),
    department: 'marketing',
    owner: 'manager',
    timing: { from: 0, to: 1 },
  },
  { key: 'membership', parent: 'customers', level: 'project', title: t('会员与礼券计划', 'Membership and vouchers'), department: 'marketing', owner: 'manager', timing: { from: 1, to: 12 } },
  { key: 'cards', parent: 'membership', level: 'task', title: t('推出会员卡、月卡和季卡', 'Launch membership, monthly and seasonal cards'), department: 'marketing', owner: 'supervisor', timing: { from: 1, to: 2 } },
  { key: 'vouchers', parent: 'membership', level: 'task', title: t('每消费满 100 元赠 10 元礼券', 'A 10-yuan voucher for every 100 spent'), department: 'marketing', owner: 'supervisor', timing: { from: 1, to: 12 } },
  {
    key: 'month-end-draw',
    parent: 'membership',
    level: 'task',
    title: t('月末 888 元礼券抽奖', 'Month-end draw for an 888-yuan voucher'),
    description: t('当月累计消费满 1000 元的顾客参加抽奖。', 'Customers who spent 1,000 yuan in the month take part.'),
    department: 'marketing',
    owner: 'supervisor',
    timing: { from: 1, to: 12 },
    recurrence: 'monthly',
  },
  { key: 'delivery', parent: 'customers', level: 'project', title: t('写字楼午餐网上订餐与送餐专线', 'Online ordering and a delivery line for office lunches'), department: 'marketing', owner: 'manager', timing: { from: 0.5, to: 12 } },
  { key: 'breakfast-cart', parent: 'customers', level: 'project', title: t('流动早餐车进驻需求点', 'Breakfast carts at the busy spots'), department: 'marketing', owner: 'manager', timing: { from: 0, to: 12 } },
  { key: 'student-meals', parent: 'customers', level: 'project', title: t('学生营养快餐', 'Student meals'), department: 'marketing', owner: 'manager', timing: { from: 0, to: 12 } },
  {
    key: 'sales-review',
    parent: 'customers',
    level: 'project',
    title: t('应对销售下滑与回头率不高', 'Act when sales fall or customers do not return'),
    department: 'front',
    owner: 'manager',
    timing: { from: 1, to: 12 },
  },
  {
    key: 'monthly-sales-review',
    parent: 'sales-review',
    level: 'task',
    title: t('月度销售与回头客分析', 'Monthly review of sales and returning customers'),
    department: 'front',
    owner: 'supervisor',
    timing: { from: 1, to: 12 },
    recurrence: 'monthly',
    checklist: [t('对比销售额与预算', 'Compare sales with the budget'), t('查找问题根源', 'Find the root cause'), t('调整菜品、价格或服务', 'Adjust dishes, prices or service'), t('留意附近小餐馆和麦当劳、肯德基的动向', 'Watch the small restaurants nearby, McDonald’s and KFC')],
  },
];

// Growth: three more branches within three years.
const GROWTH: TemplateNode[] = [
  {
    key: 'branches',
    parent: 'chain',
    level: 'objective',
    title: t('三年内新开 {branchCount} 家分店', 'Open {branchCount} more branches within three years'),
    department: 'expansion',
    owner: 'director',
    dimension: 'production',
    timing: { from: 12, to: 36 },
    kpi: { name: t('新开分店', 'New branches'), unit: t('家', 'branches'), direction: 'higher_is_better', baseline: '0', target: { param: 'branchCount' } },
  },
  ...BRANCHES.flatMap(({ n, project }): TemplateNode[] => [
    { key: `branch-${n}`, parent: 'branches', level: 'project', title: t(`开设第 ${n} 家分店`, `Open branch ${n}`), department: 'expansion', owner: 'manager', timing: project },
    { key: `branch-${n}-site`, parent: `branch-${n}`, level: 'task', title: t('选址并签订租约', 'Choose the site and sign the lease'), department: 'expansion', owner: 'supervisor', timing: { from: project.from, to: project.from + 0.5 } },
    {
      key: `branch-${n}-fit-out`,
      parent: `branch-${n}`,
      level: 'task',
      title: t('装修、设备与卫生许可', 'Fit-out, equipment and hygiene licence'),
      department: 'expansion',
      owner: 'supervisor',
      timing: { from: project.from + 0.5, to: project.from + 1.5 },
      dependsOn: [`branch-${n}-site`],
    },
    { key: `branch-${n}-staff`, parent: `branch-${n}`, level: 'task', title: t('招聘并培训分店员工', 'Hire and train the branch’s staff'), department: 'personnel', owner: 'supervisor', timing: { from: project.from + 0.5, to: project.from + 2 } },
    {
      key: `branch-${n}-opening`,
      parent: `branch-${n}`,
      level: 'task',
      title: t('开业并度过前两个月', 'Open and see the first two months through'),
      department: 'expansion',
      owner: 'supervisor',
      timing: { from: project.from + 2, to: project.to },
      dependsOn: [`branch-${n}-fit-out`, `branch-${n}-staff`],
    },
  ]),
];

/** A branch's lines: its sales from opening, its rent and utilities and fit-out from the month before, its team. */
function branchLines({ n, opens }: (typeof BRANCHES)[number]): Pick<TemplateBudget, 'revenueLines' | 'costLines' | 'positions'> {
  const ready = opens - 1;
  return {
    revenueLines: [
      {
        key: `branch-${n}-meals`,
        name: t(`第 ${n} 家分店餐食`, `Branch ${n} meals`),
        kind: 'product',
        unitPrice: '16',
        volume: { kind: 'growth', start: '3300', monthlyGrowth: '0.02' },
        variableCost: { kind: 'shareOfRevenue', rate: '0.38' },
        fromMonth: opens,
      },
    ],
    costLines: [
      { key: `branch-${n}-fit-out`, name: t(`第 ${n} 家分店装修与设备`, `Branch ${n} fit-out and equipment`), department: 'expansion', category: 'other', amount: { kind: 'monthly', amount: '30000' }, fromMonth: ready, toMonth: ready, node: `branch-${n}` },
      { key: `branch-${n}-rent`, name: t(`第 ${n} 家分店租金`, `Branch ${n} rent`), department: 'expansion', category: 'rent', amount: { kind: 'monthly', amount: '6000' }, fromMonth: ready },
      { key: `branch-${n}-utilities`, name: t(`第 ${n} 家分店水电燃气`, `Branch ${n} water, power and gas`), department: 'expansion', category: 'utilities', amount: { kind: 'monthly', amount: '1800' }, fromMonth: opens },
    ],
    positions: [{ key: `branch-${n}-team`, department: 'expansion', role: t(`第 ${n} 家分店员工`, `Branch ${n} staff`), count: '4', monthlySalary: '3500', onCostRate: '0.25', fromMonth: ready }],
  };
}

const branches = BRANCHES.map(branchLines);

const BUDGET: TemplateBudget = {
  name: t('三年经营预算', 'Three-year budget'),
  horizonMonths: 36,
  revenueLines: [
    { key: 'dine-in', name: t('堂食', 'Dine-in meals'), kind: 'product', unitPrice: '16', volume: { kind: 'growth', start: '3300', monthlyGrowth: '0.015' }, variableCost: { kind: 'shareOfRevenue', rate: '0.38' } },
    { key: 'office-lunch', name: t('写字楼午餐外送', 'Office-lunch delivery'), kind: 'channel', unitPrice: '20', volume: { kind: 'growth', start: '700', monthlyGrowth: '0.03' }, variableCost: { kind: 'unitCost', unitCost: '9' } },
    { key: 'breakfast-cart', name: t('流动早餐车', 'Breakfast cart'), kind: 'channel', unitPrice: '6', volume: { kind: 'flat', perMonth: '1500' }, variableCost: { kind: 'shareOfRevenue', rate: '0.4' } },
    { key: 'student-meals', name: t('学生营养餐', 'Student meals'), kind: 'product', unitPrice: '12', volume: { kind: 'flat', perMonth: '600' }, variableCost: { kind: 'shareOfRevenue', rate: '0.45' } },
    ...branches.flatMap((b) => b.revenueLines),
  ],
  costLines: [
    { key: 'rent', name: t('{street}店租金', 'Shop rent on {street}'), department: 'front', category: 'rent', amount: { kind: 'monthly', amount: '7000' } },
    { key: 'utilities', name: t('水电燃气', 'Water, power and gas'), department: 'kitchen', category: 'utilities', amount: { kind: 'monthly', amount: '2000' } },
    { key: 'vouchers', name: t('礼券：每满 100 元送 10 元', 'Vouchers: 10 yuan back for every 100 spent'), department: 'marketing', category: 'promotion', amount: { kind: 'shareOfRevenue', rate: '0.1' }, node: 'membership' },
    { key: 'month-end-draw', name: t('月末 888 元礼券抽奖', 'Month-end 888-yuan voucher draw'), department: 'marketing', category: 'promotion', amount: { kind: 'monthly', amount: '888' }, fromMonth: 2, node: 'membership' },
    { key: 'publicity', name: t('开业宣传与问卷', 'Pre-opening publicity and questionnaires'), department: 'marketing', category: 'marketing', amount: { kind: 'monthly', amount: '3000' }, toMonth: 1, node: 'publicity' },
    { key: 'delivery-running', name: t('送餐车辆费用', 'Delivery vehicle running costs'), department: 'marketing', category: 'other', amount: { kind: 'monthly', amount: '800' }, node: 'delivery' },
    { key: 'training', name: t('两个月岗前培训', 'Two months of training'), department: 'personnel', category: 'training', amount: { kind: 'monthly', amount: '1000' }, toMonth: 2, node: 'staff' },
    ...branches.flatMap((b) => b.costLines),
  ],
  positions: [
    { key: 'servers', department: 'front', role: t('服务员', 'Server'), count: '2', monthlySalary: '3000', onCostRate: '0.25' },
    { key: 'cooks', department: 'kitchen', role: t('厨师', 'Cook'), count: '2', monthlySalary: '4200', onCostRate: '0.25' },
    { key: 'rider', department: 'marketing', role: t('送餐员兼早餐车', 'Rider and breakfast cart'), count: '1', monthlySalary: '3500', onCostRate: '0.25' },
    { key: 'cashier', department: 'finance', role: t('收银兼记账', 'Cashier and bookkeeper'), count: '1', monthlySalary: '3000', onCostRate: '0.25' },
    ...branches.flatMap((b) => b.positions),
  ],
  financing: {
    initialInvestment: { param: 'investment' },
    depreciationMonths: 60,
    ownFunds: { param: 'ownFunds' },
    // A sole proprietorship pays no company income tax; the owner's personal tax is not the shop's cost.
    loans: [{ key: 'bank-loan', name: t('银行贷款', 'Bank loan'), principal: { param: 'loan' }, annualRate: { param: 'loanRate' }, termMonths: 24, repayment: 'equalInstalment' }],
  },
  stretch: { volume: '1.1', fixedCost: '1.03' },
  goals: { paybackWithinMonths: 12 },
};

export const RESTAURANT_TEMPLATE: PlanTemplate = {
  schemaVersion: 1,
  key: 'restaurant',
  name: t('快餐店开业', 'Fast-food restaurant launch'),
  description: t(
    '步行街上的中档快餐店，三年计划：证照、卫生、招聘培训和账务制度，会员与礼券促销，一年内收回投资，三年内新开三家分店；预算含自有资金、银行贷款和分店开业。',
    'A mid-range fast-food restaurant on a shopping street, planned over three years: licences, hygiene, hiring and training, the books, memberships and vouchers, the investment back within a year and three more branches within three years; the budget covers own funds, a bank loan and the branch openings.',
  ),
  start: 'startDate',
  horizonMonths: 36,
  parameters: [
    { key: 'companyName', type: 'text', label: t('店名', 'Restaurant name'), default: t('悦来快餐', 'Yuelai Fast Food') },
    { key: 'city', type: 'text', label: t('城市', 'City'), default: t('潍坊', 'Weifang') },
    { key: 'street', type: 'text', label: t('街道', 'Street'), default: t('商业步行街', 'the shopping street') },
    { key: 'investment', type: 'money', label: t('开店投资（元）', 'Investment to open (yuan)'), help: t('装修和厨房设备，按 60 个月折旧。', 'Fit-out and kitchen equipment, depreciated over 60 months.'), default: '50000', min: '0', max: '100000000' },
    { key: 'ownFunds', type: 'money', label: t('自有资金（元）', 'Own funds (yuan)'), default: '30000', min: '0', max: '100000000' },
    { key: 'loan', type: 'money', label: t('银行贷款（元）', 'Bank loan (yuan)'), help: t('填 0 表示不贷款。按月等额还款，24 个月还清。', '0 for no loan. Repaid in equal monthly instalments over 24 months.'), default: '20000', min: '0', max: '100000000' },
    { key: 'loanRate', type: 'rate', label: t('贷款年利率', 'Loan interest a year'), help: t('银行贷款的年利率，例如 4.35%。', 'The bank loan’s yearly rate, e.g. 4.35 %.'), default: '0.0435', min: '0', max: '0.24' },
    { key: 'branchCount', type: 'integer', label: t('三年内新开分店数', 'Branches to open within three years'), help: t('预算按第 14、22、30 个月开业排列了三家分店；计划更少时删去多余分店的预算行。', 'The budget lays out three branches opening in months 14, 22 and 30; for fewer, remove the extra branches’ lines.'), default: '3', min: '1', max: '3' },
  ],
  departments: [
    { key: 'owner', name: t('店主', 'Owner'), kind: 'presidents_office', roles: [t('店主', 'Owner')] },
    { key: 'front', name: t('前厅', 'Front of house'), parent: 'owner', kind: 'operations', roles: [t('服务员', 'Server')] },
    { key: 'kitchen', name: t('厨房', 'Kitchen'), parent: 'owner', kind: 'supply', roles: [t('厨师', 'Cook')] },
    { key: 'marketing', name: t('营销与外送', 'Marketing and delivery'), parent: 'owner', kind: 'sales', roles: [t('送餐员兼早餐车', 'Rider and breakfast cart')] },
    { key: 'finance', name: t('财务', 'Finance'), parent: 'owner', kind: 'finance', roles: [t('收银兼记账', 'Cashier and bookkeeper')] },
    { key: 'personnel', name: t('人事', 'Personnel'), parent: 'owner', kind: 'hr', isHr: true },
    { key: 'expansion', name: t('分店拓展', 'Branch expansion'), parent: 'owner', kind: 'other', roles: [t('分店员工', 'Branch staff')] },
  ],
  nodes: [STRATEGY, ...PAYBACK, ...SHOP, ...CUSTOMERS, ...GROWTH],
  budget: BUDGET,
};
