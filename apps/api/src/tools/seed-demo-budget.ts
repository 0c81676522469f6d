import { addMonths, BudgetInput, COST_CATEGORIES, CostCategory, plannedLineAmounts, StretchMultipliers } from '@opsplan/domain';
import { DEMO_PASSWORD } from './seed-demo';
import type { GraphQLCall } from './seed-demo-plan';

/** The demo budget's first month and horizon: the 2026 plan, two years. */
export const DEMO_BUDGET_START = '2026-01';
export const DEMO_BUDGET_MONTHS = 24;

const BUDGET_FIELDS = `id version startMonth horizonMonths
  financing { initialInvestment depreciationMonths ownFunds incomeTaxRate loans { id name principal annualRate termMonths repayment } }
  stretch { volume price variableCost fixedCost headcount }
  revenueLines { id name kind unitPrice volume { kind perMonth values start monthlyGrowth seasonality } variableCost { kind unitCost rate } stretchVolume stretchPrice stretchVariableCost }
  costLines { id name departmentId category amountKind amount rate firstMonth lastMonth stretchAmount }
  positions { id departmentId roleTitle count monthlySalary onCostRate firstMonth lastMonth stretchCount }`;

/** Summer-peaking air-conditioner sales, January to December (averaging about 1.05). */
const AC_SEASONALITY = ['0.6', '0.6', '0.8', '1.0', '1.3', '1.6', '1.8', '1.6', '1.1', '0.8', '0.7', '0.7'];
/** E-commerce units, month by month: ramping up, with the 618 (June) and Double 11 (November) peaks. */
const ECOMMERCE_UNITS = Array.from({ length: DEMO_BUDGET_MONTHS }, (_, m) => String(2500 + 90 * m + (m % 12 === 5 ? 1500 : 0) + (m % 12 === 10 ? 2500 : 0)));

const COST_LINES: { department: string; name: string; category: CostCategory; amount?: string; rate?: string; firstMonth?: string; lastMonth?: string; stretchAmount?: string }[] = [
  { department: '总裁办', name: '总部办公室租金 Head-office rent', category: 'rent', amount: '180000.00' },
  { department: '总裁办', name: '行政费用 Administration', category: 'other', amount: '50000.00' },
  { department: '销售中心', name: '品牌广告 Brand advertising', category: 'marketing', amount: '600000.00', stretchAmount: '1.1' },
  { department: '销售中心', name: '渠道促销（销售额 2%）Channel promotion (2 % of sales)', category: 'promotion', rate: '0.02' },
  { department: '销售中心', name: '展厅租金 Showroom rent', category: 'rent', amount: '120000.00' },
  { department: '研发中心', name: '新品开发 New product development', category: 'rnd', amount: '350000.00' },
  { department: '研发中心', name: '技术培训 Engineering training', category: 'training', amount: '20000.00' },
  { department: '生产部', name: '厂房租金 Plant rent', category: 'rent', amount: '300000.00' },
  { department: '生产部', name: '水电气 Utilities', category: 'utilities', amount: '150000.00' },
  { department: '采购部', name: '供应商审核 Supplier audits', category: 'other', amount: '40000.00', firstMonth: '2026-03' },
  { department: '财务中心', name: '审计与税务 Audit and tax', category: 'other', amount: '30000.00' },
  { department: '人力资源部', name: '全员培训 Company-wide training', category: 'training', amount: '60000.00' },
];

const POSITIONS: { department: string; roleTitle: string; count: string; monthlySalary: string; firstMonth?: string; stretchCount?: string }[] = [
  { department: '总裁办', roleTitle: '总经理 General manager', count: '1', monthlySalary: '60000.00' },
  { department: '总裁办', roleTitle: '总经理助理 Assistant', count: '2', monthlySalary: '15000.00' },
  { department: '销售中心', roleTitle: '销售经理 Sales manager', count: '1', monthlySalary: '35000.00' },
  { department: '销售中心', roleTitle: '销售代表 Sales representative', count: '20', monthlySalary: '12000.00', stretchCount: '1.2' },
  { department: '销售中心', roleTitle: '电商运营 E-commerce operator', count: '4', monthlySalary: '14000.00', firstMonth: '2026-04' },
  { department: '财务中心', roleTitle: '财务经理 Finance manager', count: '1', monthlySalary: '30000.00' },
  { department: '财务中心', roleTitle: '会计 Accountant', count: '5', monthlySalary: '14000.00' },
  { department: '研发中心', roleTitle: '研发工程师 R&D engineer', count: '15', monthlySalary: '25000.00' },
  { department: '采购部', roleTitle: '采购员 Buyer', count: '6', monthlySalary: '13000.00' },
  { department: '生产部', roleTitle: '生产主管 Production supervisor', count: '8', monthlySalary: '12000.00' },
  { department: '生产部', roleTitle: '装配工 Assembly worker', count: '60', monthlySalary: '7500.00' },
  { department: '人力资源部', roleTitle: '人力资源经理 HR manager', count: '1', monthlySalary: '28000.00' },
  { department: '人力资源部', roleTitle: '招聘与薪酬专员 HR specialist', count: '3', monthlySalary: '12000.00' },
];

/**
 * The demo's budget on the 2026 plan, through the API as finance and the HR
 * manager would enter it: three product and channel lines (air conditioners
 * growing with a summer season, fans flat, e-commerce month by month), cost
 * lines in every department and category, positions in every department,
 * capex with own funds and two loans, stretch multipliers that set the three
 * scenarios visibly apart (breakeven lies below the plan), and actuals for
 * the months already over, some above and some below plan. Deterministic:
 * the same figures on every first start (only how many months have actuals
 * depends on today's date).
 */
export async function seedDemoBudget(call: GraphQLCall, today: Date = new Date()): Promise<void> {
  const tokenOf = async (who: string) =>
    (await call<{ signIn: { accessToken: string } }>(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, { input: { email: `${who}@demo.opsplan.dev`, password: DEMO_PASSWORD } }))
      .signIn.accessToken;
  const [finance, hr] = [await tokenOf('finance'), await tokenOf('hr.manager')];
  const { plans, departments } = await call<{ plans: { id: string; year: number }[]; departments: { id: string; name: string }[] }>(`{ plans { id year } departments { id name } }`, {}, finance);
  const plan = plans.find((p) => p.year === 2026);
  if (!plan) return;
  const department = (prefix: string) => {
    const found = departments.find((d) => d.name.startsWith(prefix));
    if (!found) throw new Error(`demo budget: no department ${prefix}`);
    return found.id;
  };

  let budget = (
    await call<{ createBudget: { id: string; version: number } }>(
      `mutation($input: CreateBudgetInput!) { createBudget(input: $input) { id version } }`,
      { input: { planId: plan.id, name: '2026–2027 经营预算 · 2026–2027 operating budget', startMonth: DEMO_BUDGET_START, horizonMonths: DEMO_BUDGET_MONTHS } },
      finance,
    )
  ).createBudget;
  budget = (
    await call<{ updateBudget: { id: string; version: number } }>(
      `mutation($input: UpdateBudgetInput!) { updateBudget(input: $input) { id version } }`,
      {
        input: {
          id: budget.id,
          version: budget.version,
          financing: { initialInvestment: '12000000.00', depreciationMonths: 60, ownFunds: '10000000.00', incomeTaxRate: '0.25' },
          stretch: { volume: '1.12', price: '1.02', fixedCost: '1.05', headcount: '1.05' },
        },
      },
      finance,
    )
  ).updateBudget;
  await call(
    `mutation($input: SaveBudgetLinesInput!) { saveBudgetLines(input: $input) { deletionBatchId } }`,
    {
      input: {
        budgetId: budget.id,
        revenueLines: [
          {
            name: '变频空调 Inverter air conditioners',
            kind: 'product',
            unitPrice: '2800.00',
            volume: { kind: 'growth', start: '3500', monthlyGrowth: '0.01', seasonality: AC_SEASONALITY },
            variableCost: { kind: 'unitCost', unitCost: '1800.00' },
          },
          { name: '电风扇 Electric fans', kind: 'product', unitPrice: '199.00', volume: { kind: 'flat', perMonth: '6000' }, variableCost: { kind: 'unitCost', unitCost: '120.00' } },
          {
            name: '电商渠道 E-commerce channel',
            kind: 'channel',
            unitPrice: '450.00',
            volume: { kind: 'monthly', values: ECOMMERCE_UNITS },
            variableCost: { kind: 'shareOfRevenue', rate: '0.62' },
            stretchVolume: '1.2',
          },
        ],
        costLines: COST_LINES.map(({ department: d, amount, rate, ...line }) => ({
          ...line,
          departmentId: department(d),
          amountKind: rate ? 'shareOfRevenue' : 'monthly',
          ...(rate ? { rate } : { amount }),
        })),
        loans: [
          { name: '银行流动资金贷款 Working-capital loan', principal: '8000000.00', annualRate: '0.0435', termMonths: 36, repayment: 'interestOnly' },
          { name: '设备贷款 Equipment loan', principal: '3000000.00', annualRate: '0.048', termMonths: 24, repayment: 'equalInstalment' },
        ],
      },
    },
    finance,
  );
  // The HR manager plans the headcount, salaries included.
  await call(
    `mutation($input: SaveBudgetLinesInput!) { saveBudgetLines(input: $input) { deletionBatchId } }`,
    { input: { budgetId: budget.id, positions: POSITIONS.map(({ department: d, ...p }) => ({ ...p, departmentId: department(d), onCostRate: '0.35' })) } },
    hr,
  );

  // Actuals for the months already over, a few per cent off plan either way.
  const { budget: saved } = await call<{ budget: DemoBudgetDto }>(DEMO_BUDGET_QUERY, { id: plan.id }, finance);
  const elapsed = Math.min(DEMO_BUDGET_MONTHS, (today.getFullYear() - 2026) * 12 + today.getMonth());
  if (elapsed <= 0) return;
  const planned = plannedLineAmounts(demoBudgetInput(saved), 'responsibility') ?? [];
  const entries = planned.flatMap((line, i) =>
    line.amounts.slice(0, elapsed).map((planned, m) => {
      // −8 % … +8 %, spread over lines and months without randomness.
      const permille = BigInt(((i * 37 + m * 53) % 161) - 80);
      const cents = (BigInt(planned.replace('.', '')) * (1000n + permille)) / 1000n;
      const amount = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
      return { lineKind: line.lineKind, lineId: line.lineId, month: addMonths(DEMO_BUDGET_START, m), amount };
    }),
  );
  await call(`mutation($input: SetBudgetActualsInput!) { setBudgetActuals(input: $input) { id } }`, { input: { budgetId: budget.id, entries } }, finance);
}

/** The budget as the API answers it to finance (the fields of BUDGET_FIELDS). */
export interface DemoBudgetDto {
  startMonth: string;
  horizonMonths: number;
  financing: { initialInvestment: string; depreciationMonths: number; ownFunds: string; incomeTaxRate: string | null; loans: { id: string; name: string; principal: string; annualRate: string; termMonths: number; repayment: 'equalInstalment' | 'interestOnly' }[] };
  stretch: Record<'volume' | 'price' | 'variableCost' | 'fixedCost' | 'headcount', string | null>;
  revenueLines: {
    id: string;
    name: string;
    kind: 'product' | 'channel';
    unitPrice: string;
    volume: { kind: 'flat' | 'monthly' | 'growth'; perMonth: string | null; values: string[] | null; start: string | null; monthlyGrowth: string | null; seasonality: string[] | null };
    variableCost: { kind: 'unitCost' | 'shareOfRevenue'; unitCost: string | null; rate: string | null } | null;
    stretchVolume: string | null;
    stretchPrice: string | null;
    stretchVariableCost: string | null;
  }[];
  costLines: { id: string; name: string; departmentId: string; category: string; amountKind: 'monthly' | 'shareOfRevenue'; amount: string | null; rate: string | null; firstMonth: string | null; lastMonth: string | null; stretchAmount: string | null }[];
  positions: { id: string; departmentId: string; roleTitle: string; count: string; monthlySalary: string | null; onCostRate: string | null; firstMonth: string | null; lastMonth: string | null; stretchCount: string | null }[];
}

export const DEMO_BUDGET_QUERY = `query($id: ID!) { budget(planId: $id) { ${BUDGET_FIELDS} } }`;

/** The engine's input for a budget as finance reads it from the API (what the web's preview does too). */
export function demoBudgetInput(b: DemoBudgetDto): BudgetInput {
  const some = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
  const global = some({ ...b.stretch }) as StretchMultipliers;
  return {
    startMonth: b.startMonth,
    horizonMonths: b.horizonMonths,
    revenueLines: b.revenueLines.map((l) => ({
      id: l.id,
      name: l.name,
      kind: l.kind,
      unitPrice: l.unitPrice,
      volume:
        l.volume.kind === 'flat'
          ? { kind: 'flat', perMonth: l.volume.perMonth as string }
          : l.volume.kind === 'monthly'
            ? { kind: 'monthly', values: l.volume.values as string[] }
            : some({ kind: 'growth' as const, start: l.volume.start as string, monthlyGrowth: l.volume.monthlyGrowth as string, seasonality: l.volume.seasonality ?? undefined }),
      ...(l.variableCost ? { variableCost: l.variableCost.kind === 'unitCost' ? { kind: 'unitCost', unitCost: l.variableCost.unitCost as string } : { kind: 'shareOfRevenue', rate: l.variableCost.rate as string } } : {}),
    })),
    costLines: b.costLines.map((l) =>
      some({
        id: l.id,
        name: l.name,
        departmentId: l.departmentId,
        category: COST_CATEGORIES.find((c) => c === l.category) ?? 'other',
        amount: l.amountKind === 'monthly' ? { kind: 'monthly' as const, amount: l.amount as string } : { kind: 'shareOfRevenue' as const, rate: l.rate as string },
        firstMonth: l.firstMonth ?? undefined,
        lastMonth: l.lastMonth ?? undefined,
      }),
    ),
    positions: b.positions.map((p) =>
      some({
        id: p.id,
        departmentId: p.departmentId,
        roleTitle: p.roleTitle,
        count: p.count,
        monthlySalary: p.monthlySalary as string,
        onCostRate: p.onCostRate as string,
        firstMonth: p.firstMonth ?? undefined,
        lastMonth: p.lastMonth ?? undefined,
      }),
    ),
    financing: some({ ...b.financing, incomeTaxRate: b.financing.incomeTaxRate ?? undefined }),
    stretch: some({
      global: Object.keys(global).length ? global : undefined,
      revenueLines: b.revenueLines
        .filter((l) => l.stretchVolume || l.stretchPrice || l.stretchVariableCost)
        .map((l) => some({ lineId: l.id, volume: l.stretchVolume ?? undefined, price: l.stretchPrice ?? undefined, variableCost: l.stretchVariableCost ?? undefined })),
      costLines: b.costLines.filter((l) => l.stretchAmount).map((l) => ({ lineId: l.id, amount: l.stretchAmount as string })),
      positions: b.positions.filter((p) => p.stretchCount).map((p) => ({ positionId: p.id, count: p.stretchCount as string })),
    }),
  };
}
