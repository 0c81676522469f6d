import { randomUUID } from 'node:crypto';
import { codes, GqlResult, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import { BUDGET, BudgetWorld, budgetWorld, LOCK, SAVE_LINES, SET_ACTUALS, UNLOCK, TO_DATE, CREATE_BUDGET } from '../support/budget-fixtures';
import { createPlan } from '../support/plan-fixtures';

type Role = 'finance' | 'admin' | 'executive' | 'hrManager' | 'salesManager' | 'staff';
type Cell = 'readAll' | 'readDepartment' | 'seeSalaries' | 'editDrivers' | 'editRevenue' | 'editPositions' | 'editActuals' | 'lock';

/**
 * The permission table of issue 5, every cell: what each role may do with the
 * budget. The plan has no planning cycle here, so no one owns an open sales
 * forecast: revenue is finance's and admins' (budget-cycle.spec.ts covers the stage's owner).
 */
const TABLE: Record<Role, Record<Cell, boolean>> = {
  finance: { readAll: true, readDepartment: true, seeSalaries: true, editDrivers: true, editRevenue: true, editPositions: true, editActuals: true, lock: false },
  admin: { readAll: true, readDepartment: true, seeSalaries: true, editDrivers: true, editRevenue: true, editPositions: true, editActuals: true, lock: true },
  executive: { readAll: true, readDepartment: true, seeSalaries: true, editDrivers: false, editRevenue: false, editPositions: false, editActuals: false, lock: true },
  hrManager: { readAll: false, readDepartment: true, seeSalaries: true, editDrivers: false, editRevenue: false, editPositions: true, editActuals: false, lock: false },
  salesManager: { readAll: false, readDepartment: true, seeSalaries: false, editDrivers: false, editRevenue: false, editPositions: false, editActuals: false, lock: false },
  staff: { readAll: false, readDepartment: false, seeSalaries: false, editDrivers: false, editRevenue: false, editPositions: false, editActuals: false, lock: false },
};
const ROLES = Object.keys(TABLE) as Role[];
const CELLS = Object.keys(TABLE.finance) as Cell[];

describe('who may see and do what with a budget', () => {
  let t: TestApp;
  let w: BudgetWorld;
  const session = (role: Role): Session => w[role];
  const read = (role: Role) => t.gql<Json>(BUDGET, { planId: w.plan }, { token: session(role).token });
  const current = async () => (await t.ok(BUDGET, { planId: w.plan }, w.finance.token)).budget;

  beforeAll(async () => {
    t = await TestApp.start();
    w = await budgetWorld(t);
  });
  afterAll(() => t.stop());

  /** What one cell's operation answers for the role: true when allowed, false when refused with FORBIDDEN. */
  const PROBES: Record<Cell, (role: Role) => Promise<boolean>> = {
    readAll: async (role) => {
      const res = await read(role);
      if (codes(res).includes('FORBIDDEN')) return false;
      const b = res.data.budget;
      const all = b.revenueLines.length === 1 && b.financing !== null && b.stretch !== null && b.costLines.length === 2 && b.positions.length === 3;
      expect(b.access.readAll).toBe(all);
      if (!all) {
        // Nothing outside the caller's department, and no financing, revenue or actuals.
        expect({ revenue: b.revenueLines, financing: b.financing, stretch: b.stretch, actuals: b.actuals }).toEqual({ revenue: [], financing: null, stretch: null, actuals: [] });
      }
      return all;
    },
    readDepartment: async (role) => {
      const res = await read(role);
      if (codes(res).includes('FORBIDDEN')) {
        expect(res.data?.budget ?? null).toBeNull();
        return false;
      }
      const b = res.data.budget;
      const own = role === 'hrManager' ? w.hr : w.sales;
      if (!b.access.readAll) {
        expect(b.costLines.every((l: Json) => l.departmentId === own)).toBe(true);
        expect(b.costLines.map((l: Json) => l.name.replace(/ \(.*\)$/, ''))).toEqual([role === 'hrManager' ? 'HR training' : 'Sales office rent']);
      }
      return b.costLines.some((l: Json) => l.departmentId === own);
    },
    seeSalaries: async (role) => {
      const res = await read(role);
      if (codes(res).includes('FORBIDDEN')) return false;
      const positions = res.data.budget.positions;
      expect(positions.length).toBeGreaterThan(0);
      const salaries = positions.map((p: Json) => p.monthlySalary);
      const visible = salaries.every((s: string | null) => s !== null);
      expect(visible || salaries.every((s: string | null) => s === null)).toBe(true);
      if (visible) expect(salaries.sort()).toEqual(['10000.00', '15000.00', '8000.00']);
      expect(res.data.budget.access.seeSalaries).toBe(visible);
      return visible;
    },
    editDrivers: async (role) => {
      const line = (await current()).costLines.find((l: Json) => l.name.startsWith('Sales office rent'));
      const res = await t.gql<Json>(SAVE_LINES, {
        input: { budgetId: w.budget.id, costLines: [{ id: line.id, version: line.version, name: `Sales office rent (${role})`, departmentId: w.sales, category: 'rent', amountKind: 'monthly', amount: '5100.00' }] },
      }, { token: session(role).token });
      return outcome(res);
    },
    editRevenue: async (role) => {
      // Renamed only: the figures to date below still see 100.00 a unit.
      const line = (await current()).revenueLines[0];
      const res = await t.gql<Json>(SAVE_LINES, {
        input: {
          budgetId: w.budget.id,
          revenueLines: [{ id: line.id, version: line.version, name: `Widgets (${role})`, kind: 'product', unitPrice: '100.00', volume: { kind: 'flat', perMonth: '1000' }, variableCost: { kind: 'unitCost', unitCost: '40.00' } }],
        },
      }, { token: session(role).token });
      return outcome(res);
    },
    editPositions: async (role) => {
      const position = (await current()).positions.find((p: Json) => p.roleTitle === 'HR officer');
      const res = await t.gql<Json>(SAVE_LINES, {
        input: { budgetId: w.budget.id, positions: [{ id: position.id, version: position.version, departmentId: w.hr, roleTitle: 'HR officer', count: '1', monthlySalary: '15000.00', onCostRate: '0.3' }] },
      }, { token: session(role).token });
      return outcome(res);
    },
    editActuals: async (role) => {
      const b = await current();
      const existing = b.actuals.find((a: Json) => a.month === '2031-01');
      const res = await t.gql<Json>(SET_ACTUALS, {
        input: { budgetId: b.id, entries: [{ lineKind: 'revenue', lineId: b.revenueLines[0].id, month: '2031-01', amount: '99000.00', version: existing?.version ?? null }] },
      }, { token: session(role).token });
      return outcome(res);
    },
    lock: async (role) => {
      const b = await current();
      const res = await t.gql<Json>(LOCK, { id: b.id, version: b.version }, { token: session(role).token });
      if (!outcome(res)) return false;
      const unlocked = await t.gql<Json>(UNLOCK, { id: b.id, version: res.data.lockBudget.version }, { token: session(role).token });
      expect(unlocked.errors).toBeUndefined();
      return true;
    },
  };

  /** true when the write went through, false when refused with FORBIDDEN and nothing else. */
  function outcome(res: GqlResult<Json>): boolean {
    if (res.errors) {
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(res.data).toBeNull();
      return false;
    }
    return true;
  }

  describe.each(ROLES.flatMap((role) => CELLS.map((cell) => [role, cell, TABLE[role][cell]] as const)))('%s · %s', (role, cell, allowed) => {
    it(allowed ? 'is allowed' : 'is refused', async () => {
      expect(await PROBES[cell](role)).toBe(allowed);
    });
  });

  it('reports the same rights in Budget.access as it enforces', async () => {
    for (const role of ROLES.filter((r) => r !== 'staff')) {
      const access = (await read(role)).data.budget.access;
      expect({ role, ...access }).toMatchObject({
        role,
        readAll: TABLE[role].readAll,
        seeSalaries: TABLE[role].seeSalaries,
        editDrivers: TABLE[role].editDrivers,
        editRevenue: TABLE[role].editRevenue,
        editPositions: TABLE[role].editPositions,
        editActuals: TABLE[role].editActuals,
        lock: TABLE[role].lock,
        export: TABLE[role].readAll,
        departmentId: role === 'hrManager' ? w.hr : role === 'salesManager' ? w.sales : null,
      });
    }
  });

  it('denies staff every budget query and mutation, and leaves nothing behind', async () => {
    const b = await current();
    const plan = (await createPlan(t, w.admin, 'Staff tries')).id;
    const before = await ownerQuery(`SELECT count(*)::int AS n FROM audit_log WHERE org_id = $1`, [w.admin.orgId]);
    const attempts = [
      t.gql(BUDGET, { planId: w.plan }, { token: w.staff.token }),
      t.gql(TO_DATE, { planId: w.plan }, { token: w.staff.token }),
      t.gql(CREATE_BUDGET, { input: { planId: plan, name: 'Mine', startMonth: '2031-01', horizonMonths: 12 } }, { token: w.staff.token }),
      t.gql(SAVE_LINES, { input: { budgetId: b.id, deletions: [{ lineKind: 'cost', id: b.costLines[0].id, version: b.costLines[0].version }] } }, { token: w.staff.token }),
      t.gql(SET_ACTUALS, { input: { budgetId: b.id, entries: [] } }, { token: w.staff.token }),
      t.gql(LOCK, { id: b.id, version: b.version }, { token: w.staff.token }),
      t.gql(UNLOCK, { id: b.id, version: b.version }, { token: w.staff.token }),
      t.gql(`mutation($b: ID!, $x: ID!) { restoreBudgetLines(budgetId: $b, batchId: $x) { id } }`, { b: b.id, x: randomUUID() }, { token: w.staff.token }),
      t.gql(`mutation($input: UpdateBudgetInput!) { updateBudget(input: $input) { id } }`, { input: { id: b.id, version: b.version, name: 'Mine' } }, { token: w.staff.token }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(Object.values(res.data ?? {}).filter((v) => v !== null)).toEqual([]);
    }
    expect(await ownerQuery(`SELECT count(*)::int AS n FROM audit_log WHERE org_id = $1`, [w.admin.orgId])).toEqual(before);
  });

  it('shows the year to date to the roles that read everything, and to no one else', async () => {
    const b = await current();
    await t.ok(SET_ACTUALS, { input: { budgetId: b.id, entries: [{ lineKind: 'cost', lineId: b.costLines[0].id, month: '2031-02', amount: '5200.00' }] } }, w.finance.token);
    for (const role of ROLES) {
      const res = await t.gql<Json>(TO_DATE, { planId: w.plan }, { token: session(role).token });
      if (TABLE[role].readAll) {
        // Through February: revenue 2 × 100,000 planned; costs = rent 2 × (5,100) + training 2 × 1,000 + labour 2 × (26,000 + 19,500).
        expect(res.data.budgetToDate).toMatchObject({ budgetId: b.id, currency: 'CNY', fromMonth: '2031-01', throughMonth: '2031-02' });
        expect(res.data.budgetToDate.revenue).toMatchObject({ responsibility: '200000.00', stretch: '200000.00' });
        expect(res.data.budgetToDate.costs).toEqual({ actual: '5200.00', responsibility: '103200.00', stretch: '103200.00' });
      } else {
        expect(codes(res)).toEqual(['FORBIDDEN']);
      }
    }
  });

  it('hides one organisation’s budget from another: NOT_FOUND, as for ids that do not exist', async () => {
    const other = await t.newOrganization('Nosy Co');
    const b = await current();
    const foreign = [
      await t.gql(BUDGET, { planId: w.plan }, { token: other.token }),
      await t.gql(TO_DATE, { planId: w.plan }, { token: other.token }),
      await t.gql(SAVE_LINES, { input: { budgetId: b.id, deletions: [{ lineKind: 'cost', id: b.costLines[0].id, version: b.costLines[0].version }] } }, { token: other.token }),
      await t.gql(SET_ACTUALS, { input: { budgetId: b.id, entries: [] } }, { token: other.token }),
      await t.gql(LOCK, { id: b.id, version: b.version }, { token: other.token }),
    ];
    for (const res of foreign) expect(codes(res)).toEqual(['NOT_FOUND']);
    // Nothing of A is visible through B's database scope either.
    expect((await t.ok(BUDGET, { planId: w.plan }, w.finance.token)).budget.costLines).toEqual(b.costLines);
  });
});
