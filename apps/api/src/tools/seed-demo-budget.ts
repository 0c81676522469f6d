import { addMonths, BudgetInput, COST_CATEGORIES, plannedLineAmounts, StretchMultipliers } from '@opsplan/domain';
import { DEMO_PASSWORD } from './seed-demo';
import type { GraphQLCall } from './seed-demo-plan';

/** The demo budget's first month: the 2026 plan's, as the corporate template lays it out. */
export const DEMO_BUDGET_START = '2026-01';

const BUDGET_FIELDS = `id version startMonth horizonMonths
  financing { initialInvestment depreciationMonths ownFunds incomeTaxRate loans { id name principal annualRate termMonths repayment } }
  stretch { volume price variableCost fixedCost headcount }
  revenueLines { id name kind unitPrice volume { kind perMonth values start monthlyGrowth seasonality } variableCost { kind unitCost rate } stretchVolume stretchPrice stretchVariableCost }
  costLines { id name departmentId category amountKind amount rate firstMonth lastMonth stretchAmount }
  positions { id departmentId roleTitle count monthlySalary onCostRate firstMonth lastMonth stretchCount }`;

/**
 * The year so far in the demo's budget (laid out with the 2026 plan by the
 * corporate template, and locked when last autumn's cycle approved it):
 * finance's actuals for the months already over, a few per cent off plan
 * either way. Deterministic: the same figures on every first start (only how
 * many months have actuals depends on today's date).
 */
export async function seedDemoBudget(call: GraphQLCall, today: Date = new Date()): Promise<void> {
  const { signIn } = await call<{ signIn: { accessToken: string } }>(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, {
    input: { email: 'finance@demo.opsplan.dev', password: DEMO_PASSWORD },
  });
  const finance = signIn.accessToken;
  const { plans } = await call<{ plans: { id: string; year: number }[] }>(`{ plans { id year } }`, {}, finance);
  const plan = plans.find((p) => p.year === 2026);
  if (!plan) return;
  const { budget } = await call<{ budget: (DemoBudgetDto & { id: string }) | null }>(DEMO_BUDGET_QUERY, { id: plan.id }, finance);
  if (!budget) return;
  const elapsed = Math.min(budget.horizonMonths, (today.getFullYear() - 2026) * 12 + today.getMonth());
  if (elapsed <= 0) return;
  const planned = plannedLineAmounts(demoBudgetInput(budget), 'responsibility') ?? [];
  const entries = planned.flatMap((line, i) =>
    line.amounts.slice(0, elapsed).map((amount, m) => {
      // −8 % … +8 %, spread over lines and months without randomness.
      const permille = BigInt(((i * 37 + m * 53) % 161) - 80);
      const cents = (BigInt(amount.replace('.', '')) * (1000n + permille)) / 1000n;
      const sign = cents < 0n ? '-' : '';
      const abs = cents < 0n ? -cents : cents;
      return { lineKind: line.lineKind, lineId: line.lineId, month: addMonths(budget.startMonth, m), amount: `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}` };
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
