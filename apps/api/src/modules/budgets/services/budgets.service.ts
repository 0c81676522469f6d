import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  BudgetAccess,
  budgetAccess,
  budgetFigure,
  BudgetInput,
  budgetToDate,
  computeBudget,
  KpiTargetSource,
  kpiTargetSourceProblem,
  plannedLineAmounts,
} from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import { Row, updateVersioned } from '../../../database/versioned-update';
import { badInput, conflict, forbidden, notFound } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import { auditBy } from '../../../common/context/audit-context';
import { AuditService } from '../../audit/services/audit.service';
import { OrganizationEvents } from '../../events/organization-events.service';
import type { BudgetDto, BudgetToDateDto } from '../dtos/budget.dto';
import type { CreateBudgetInput, UpdateBudgetInput } from '../dtos/inputs/budget.inputs';
import { BudgetDrafts, headerFromRow, toEngineInput } from './budget-drafts.util';
import { ActualRow, liveDepartments, loadActuals, loadBudget, loadBudgetWith } from './budget-sql.util';
import { budgetView, visibleLines } from './budget-view.util';
import { decimalText } from '../../plans/services/cascade-sql.util';
import { lockPaths, writeTx } from '../../plans/services/cascade-locks.util';
import { fitsKpiTarget, KpiTargetWrite, sameKpiTarget, writeKpiTargets } from '../../plans/services/kpi-target.util';
import { callerAccess, readsWholeBudget, requireRight, scopeOf } from './budget-access.util';
import { assertValidBudget } from './budget-validation.util';

/** What the audit log keeps of a budget's own fields. */
export const budgetAuditView = (row: Row) => ({
  name: row.name,
  startMonth: row.start_month,
  horizonMonths: row.horizon_months,
  initialInvestment: row.initial_investment,
  depreciationMonths: row.depreciation_months,
  ownFunds: row.own_funds,
  incomeTaxRate: row.income_tax_rate,
  stretchVolume: row.stretch_volume,
  stretchPrice: row.stretch_price,
  stretchVariableCost: row.stretch_variable_cost,
  stretchFixedCost: row.stretch_fixed_cost,
  stretchHeadcount: row.stretch_headcount,
  lockedAt: row.locked_at,
  lockedBy: row.locked_by,
});

/** What a CONFLICT on the budget itself carries. */
const headerConflictView = (h: BudgetDrafts['header']) => ({
  id: h.id,
  name: h.name,
  startMonth: h.startMonth,
  horizonMonths: h.horizonMonths,
  lockedAt: h.lockedAt,
  version: h.version,
});
const budgetConflictView = (row: Row) => headerConflictView(headerFromRow(row));

/** A stale version of the budget's own fields answers CONFLICT before anything else is checked. */
function assertCurrent(drafts: BudgetDrafts, version: number): void {
  if (drafts.header.version !== version) {
    throw conflict('The budget was changed by someone else. Review their change and apply yours again.', headerConflictView(drafts.header));
  }
}

/** A budget locked or unlocked, and the KPI nodes whose targets the lock refreshed: what the live screens are told. */
export interface BudgetLockChange {
  budgetId: string;
  locked: boolean;
  refreshedNodeIds: string[];
}

/** A budget as the export and the import see it. */
export interface BudgetForExport {
  budget: { id: string; name: string; planId: string; startMonth: string; horizonMonths: number; currency: string };
  input: BudgetInput;
  departments: { id: string; name: string }[];
  access: BudgetAccess;
}

/** The budget as the caller may see it, read in the caller's transaction. */
export async function readBudgetView(em: EntityManager, caller: MemberCaller, budgetId: string): Promise<BudgetDto> {
  return (await loadBudgetView(em, caller, budgetId))();
}

/**
 * Reads what the budget's view needs in the caller's transaction and returns
 * the view's builder: a write that holds the budget's lock can build the view
 * (the engine's labour figures, the costly part) after it commits.
 */
export async function loadBudgetView(em: EntityManager, caller: MemberCaller, budgetId: string): Promise<() => BudgetDto> {
  // The actuals come with the budget for the roles that read them all (whatever the lock).
  const loaded = await loadBudgetWith(em, caller.orgId, { id: budgetId }, { actuals: readsWholeBudget(caller.role) });
  if (!loaded) throw notFound('The budget');
  return viewLoader(em, caller, loaded.drafts, loaded.actuals);
}

async function viewLoader(em: EntityManager, caller: MemberCaller, drafts: BudgetDrafts, loadedActuals: ActualRow[] | null = null): Promise<() => BudgetDto> {
  const { access } = await callerAccess(em, caller, scopeOf(drafts.header));
  const actuals = access.readAll ? (loadedActuals ?? (await loadActuals(em, caller.orgId, drafts.header.id))) : [];
  return () => budgetView(drafts, actuals, access);
}

/**
 * Budgets: reading one as the caller may see it, creating it, its header
 * (name, horizon, financing, global stretch), locking, the year to date, and
 * what the Excel export needs. Lines and actuals: BudgetLinesService.
 */
@Injectable()
export class BudgetsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: OrganizationEvents,
  ) {}

  forPlan(caller: MemberCaller, planId: string): Promise<BudgetDto | null> {
    return this.db.run(caller, async (em) => {
      await assertPlan(em, caller.orgId, planId);
      const loaded = await loadBudgetWith(em, caller.orgId, { planId }, { actuals: readsWholeBudget(caller.role) });
      if (!loaded) {
        await callerAccess(em, caller, { locked: false, planId: null });
        return null;
      }
      return (await viewLoader(em, caller, loaded.drafts, loaded.actuals))();
    });
  }

  /** Year to date: actual against the responsibility and stretch targets (budgetToDate in libs/domain). */
  toDate(caller: MemberCaller, planId: string): Promise<BudgetToDateDto | null> {
    return this.db.run(caller, async (em) => {
      await assertPlan(em, caller.orgId, planId);
      const drafts = await loadBudget(em, caller.orgId, { planId });
      const { access } = await callerAccess(em, caller, { locked: drafts?.header.lockedAt != null, planId: null });
      if (!access.readAll) throw forbidden('Only finance, executives and admins see the budget’s figures to date.');
      if (!drafts) return null;
      const actuals = await loadActuals(em, caller.orgId, drafts.header.id);
      const figures = budgetToDate(toEngineInput(drafts).input, actuals);
      return { budgetId: drafts.header.id, currency: drafts.header.currency, fromMonth: figures.fromMonth, throughMonth: figures.throughMonth, revenue: figures.revenue, costs: figures.costs };
    });
  }

  async create(caller: MemberCaller, input: CreateBudgetInput, requestId: string): Promise<BudgetDto> {
    const dto = await this.db.run(caller, async (em) => {
      requireRight(await callerAccess(em, caller, { locked: false, planId: null }), 'editDrivers');
      const [plan] = await sql<Row>(
        em,
        `SELECT p.id, EXISTS (SELECT 1 FROM budgets b WHERE b.plan_id = p.id AND b.deleted_at IS NULL) AS taken
           FROM plans p WHERE p.id = $1 AND p.org_id = $2 FOR NO KEY UPDATE OF p`,
        [input.planId, caller.orgId],
      );
      if (!plan) throw badInput('planId', 'That plan does not exist.');
      if (plan.taken) throw budgetTaken();
      const [currency] = await sql<Row>(em, `SELECT currency FROM organizations WHERE id = $1`, [caller.orgId]);
      const drafts: BudgetDrafts = {
        header: {
          id: '',
          orgId: caller.orgId,
          planId: input.planId,
          name: input.name,
          currency: currency.currency as string,
          startMonth: input.startMonth,
          horizonMonths: input.horizonMonths,
          financing: { initialInvestment: '0', depreciationMonths: 60, ownFunds: '0' },
          stretch: {},
          lockedAt: null,
          lockedBy: null,
          version: 1,
        },
        revenueLines: [],
        costLines: [],
        positions: [],
        loans: [],
      };
      await assertValidBudget(em, drafts);
      const [row] = await sql<Row>(em, `INSERT INTO budgets (org_id, plan_id, name, start_month, horizon_months) VALUES ($1, $2, $3, $4, $5) RETURNING *`, [
        caller.orgId,
        input.planId,
        input.name,
        input.startMonth,
        input.horizonMonths,
      ]);
      await this.audit.record(em, { ...auditBy(caller, requestId), entity: 'budget', entityId: row.id as string, action: 'create', after: { planId: input.planId, ...budgetAuditView(row) } });
      return readBudgetView(em, caller, row.id as string);
    });
    this.publish(caller, dto.id, 'create');
    return dto;
  }

  /** The header: name, horizon, financing and the global stretch multipliers; the whole resulting budget must be valid. */
  async update(caller: MemberCaller, input: UpdateBudgetInput, requestId: string): Promise<BudgetDto> {
    const { dto, changed } = await this.db.run(caller, async (em) => {
      const drafts = await loadBudget(em, caller.orgId, { id: input.id }, { lock: true });
      if (!drafts) throw notFound('The budget');
      requireRight(await callerAccess(em, caller, { locked: drafts.header.lockedAt !== null, planId: null }), 'editDrivers');
      assertCurrent(drafts, input.version);
      const h = drafts.header;
      if (input.name != null) h.name = input.name;
      if (input.startMonth != null) h.startMonth = input.startMonth;
      if (input.horizonMonths != null) h.horizonMonths = input.horizonMonths;
      if (input.financing) {
        const f = input.financing;
        h.financing = { initialInvestment: f.initialInvestment, depreciationMonths: f.depreciationMonths, ownFunds: f.ownFunds };
        if (f.incomeTaxRate != null) h.financing.incomeTaxRate = f.incomeTaxRate;
      }
      if (input.stretch) {
        h.stretch = Object.fromEntries(Object.entries(input.stretch).filter(([, v]) => v !== null && v !== undefined));
      }
      await assertValidBudget(em, drafts);
      const { before, after, changed } = await updateVersioned(em, {
        skipUnchanged: true,
        table: 'budgets',
        id: input.id,
        version: input.version,
        what: 'The budget',
        extraWhere: 'AND deleted_at IS NULL',
        toClient: budgetConflictView,
        changes: {
          name: h.name,
          start_month: h.startMonth,
          horizon_months: h.horizonMonths,
          initial_investment: h.financing.initialInvestment,
          depreciation_months: h.financing.depreciationMonths,
          own_funds: h.financing.ownFunds,
          income_tax_rate: h.financing.incomeTaxRate ?? null,
          stretch_volume: h.stretch.volume ?? null,
          stretch_price: h.stretch.price ?? null,
          stretch_variable_cost: h.stretch.variableCost ?? null,
          stretch_fixed_cost: h.stretch.fixedCost ?? null,
          stretch_headcount: h.stretch.headcount ?? null,
        },
      });
      if (changed) {
        await this.audit.record(em, { ...auditBy(caller, requestId), entity: 'budget', entityId: input.id, action: 'update', before: budgetAuditView(before), after: budgetAuditView(after) });
      }
      return { dto: await readBudgetView(em, caller, input.id), changed };
    });
    if (changed) this.publish(caller, dto.id, 'update');
    return dto;
  }

  /**
   * Executives and admins lock the scenario set for approval, and unlock it.
   * Locking writes the locked drivers' figures into the plan's KPIs linked to
   * the budget, in the same transaction (so it may retry like a cascade write).
   */
  async setLocked(caller: MemberCaller, id: string, version: number, locked: boolean, requestId: string): Promise<BudgetDto> {
    let refreshed: string[] = [];
    const dto = await writeTx(this.db, caller, async (em) => {
      const drafts = await loadBudget(em, caller.orgId, { id }, { lock: true });
      if (!drafts) throw notFound('The budget');
      requireRight(await callerAccess(em, caller, { locked: drafts.header.lockedAt !== null, planId: null }), 'lock');
      assertCurrent(drafts, version);
      if ((drafts.header.lockedAt !== null) === locked) throw badInput('id', locked ? 'The budget is already locked.' : 'The budget is not locked.');
      refreshed = await this.writeLock(em, caller, drafts, locked, requestId);
      return readBudgetView(em, caller, id);
    });
    this.publishLock(caller, { budgetId: id, locked, refreshedNodeIds: refreshed });
    return dto;
  }

  /**
   * Approving the financial-budget stage of a plan's planning cycle locks the
   * plan's budget, if it has one that is not locked yet: the approval is the
   * lock, so the approver (whoever the cycle lets decide) is recorded as
   * having locked it, and the linked KPI targets are refreshed as by
   * lockBudget. Runs in the approval's transaction; the caller publishes the
   * returned change (publishLock) once that transaction has committed.
   */
  async lockForStageApproval(em: EntityManager, caller: MemberCaller, planId: string, requestId: string): Promise<BudgetLockChange | null> {
    const drafts = await loadBudget(em, caller.orgId, { planId }, { lock: true });
    if (!drafts || drafts.header.lockedAt !== null) return null;
    const refreshedNodeIds = await this.writeLock(em, caller, drafts, true, requestId);
    return { budgetId: drafts.header.id, locked: true, refreshedNodeIds };
  }

  /** Tells the organisation's open screens about a lock or unlock and the KPI targets it refreshed. */
  publishLock(caller: MemberCaller, change: BudgetLockChange): void {
    this.publish(caller, change.budgetId, change.locked ? 'lock' : 'unlock');
    for (const nodeId of change.refreshedNodeIds) this.events.publish(caller.orgId, { entity: 'plan_node', entityId: nodeId, action: 'update', actorId: caller.userId });
  }

  /** Locks or unlocks a budget whose row the transaction holds, audited; a lock refreshes the linked KPI targets, whose ids it returns. */
  private async writeLock(em: EntityManager, caller: MemberCaller, drafts: BudgetDrafts, locked: boolean, requestId: string): Promise<string[]> {
    const { id, version } = drafts.header;
    const { before, after } = await updateVersioned(em, {
      table: 'budgets',
      id,
      version,
      what: 'The budget',
      extraWhere: 'AND deleted_at IS NULL',
      toClient: budgetConflictView,
      changes: locked ? { locked_at: new Date(), locked_by: caller.membershipId } : { locked_at: null, locked_by: null },
    });
    await this.audit.record(em, { ...auditBy(caller, requestId), entity: 'budget', entityId: id, action: locked ? 'lock' : 'unlock', before: budgetAuditView(before), after: budgetAuditView(after) });
    return locked ? this.refreshLinkedKpis(em, caller, requestId, drafts) : [];
  }

  /** FORBIDDEN unless the caller reads the whole budget (finance, executives, admins). */
  async assertReadsAll(em: EntityManager, caller: MemberCaller): Promise<void> {
    const { access } = await callerAccess(em, caller, { locked: false, planId: null });
    if (!access.readAll) throw forbidden('Only finance, executives and admins see the budget’s figures.');
  }

  /**
   * The figure of the plan's budget that a KPI target links to, computed by
   * the engine from the drivers as they are now, in the caller's transaction
   * (roles that read the whole budget). BAD_USER_INPUT on `source` when the
   * plan has no budget, on `source.<field>` when the source names no figure of it.
   */
  async figureFor(em: EntityManager, caller: MemberCaller, planId: string, source: KpiTargetSource): Promise<string> {
    await this.assertReadsAll(em, caller);
    const drafts = await loadBudget(em, caller.orgId, { planId });
    if (!drafts) throw badInput('source', 'The plan has no budget to take the target from.');
    const problem = kpiTargetSourceProblem(source, drafts.header.horizonMonths);
    if (problem) throw badInput(`source.${problem.field}`, `${problem.message.charAt(0).toUpperCase()}${problem.message.slice(1)}.`);
    const figure = budgetFigure(computeBudget(toEngineInput(drafts).input), source);
    if (figure === null) throw badInput('source.measure', 'The budget does not pay back its investment within its horizon, so it has no payback month to take.');
    if (!fitsKpiTarget(figure)) throw badInput('source', 'That budget figure is too large for a KPI target.');
    return figure;
  }

  /**
   * Per plan node: the responsibility target's cost over the horizon of the
   * live cost lines linked to it that the caller may see (every line for the
   * roles that read the whole budget, their own department's for a manager).
   * Nodes without such lines are absent; staff get nothing. One statement
   * finds the budgets concerned, each then loaded once, however many nodes.
   */
  async costEstimates(caller: MemberCaller, nodeIds: readonly string[]): Promise<Map<string, string>> {
    const estimates = new Map<string, string>();
    const access = budgetAccess(caller.role, { isHrManager: false, departmentId: caller.departmentId, locked: false });
    if (!access || nodeIds.length === 0 || (!access.readAll && access.departmentId === null)) return estimates;
    return this.db.run(caller, async (em) => {
      const budgets = await sql<{ id: string }>(
        em,
        `SELECT DISTINCT b.id FROM plan_nodes n
           JOIN budgets b ON b.plan_id = n.plan_id AND b.org_id = n.org_id AND b.deleted_at IS NULL
           JOIN budget_cost_lines l ON l.budget_id = b.id AND l.plan_node_id = n.id AND l.deleted_at IS NULL
          WHERE n.org_id = $1 AND n.id = ANY($2::uuid[]) AND ($3::uuid IS NULL OR l.department_id = $3::uuid)`,
        [caller.orgId, nodeIds, access.readAll ? null : access.departmentId],
      );
      const wanted = new Set(nodeIds);
      const cents = new Map<string, bigint>();
      for (const { id } of budgets) {
        const drafts = await loadBudget(em, caller.orgId, { id });
        if (!drafts) continue;
        const planned = new Map((plannedLineAmounts(toEngineInput(drafts).input, 'responsibility') ?? []).map((p) => [p.lineId, p.amounts]));
        for (const line of visibleLines(drafts, access).costLines) {
          if (!line.planNodeId || !wanted.has(line.planNodeId)) continue;
          const sum = (planned.get(line.id) ?? []).reduce((total, amount) => total + BigInt(amount.replace('.', '')), 0n);
          cents.set(line.planNodeId, (cents.get(line.planNodeId) ?? 0n) + sum);
        }
      }
      for (const [nodeId, total] of cents) estimates.set(nodeId, centsText(total));
      return estimates;
    });
  }

  /**
   * Writes the locked drivers' figures into every live KPI of the plan linked
   * to the budget (with their roll-ups) and returns the nodes it changed. A
   * link whose period the horizon no longer has, or whose figure no longer
   * fits a target, is dropped and the target left as it was.
   */
  private async refreshLinkedKpis(em: EntityManager, caller: MemberCaller, requestId: string, drafts: BudgetDrafts): Promise<string[]> {
    const linked = await sql<{ id: string }>(
      em,
      `SELECT id FROM plan_nodes WHERE org_id = $1 AND plan_id = $2 AND kpi_target_source IS NOT NULL AND deleted_at IS NULL`,
      [caller.orgId, drafts.header.planId],
    );
    if (linked.length === 0) return [];
    const locked = await lockPaths(em, caller.orgId, linked.map((r) => r.id));
    const result = computeBudget(toEngineInput(drafts).input);
    const writes: KpiTargetWrite[] = [];
    for (const { id } of linked) {
      const row = locked.get(id);
      const source = (row?.kpi_target_source ?? null) as KpiTargetSource | null;
      // (unlinked or deleted meanwhile; an archived plan is read-only)
      if (!row || row.deleted_at || !source || row.plan_status === 'archived') continue;
      const figure = kpiTargetSourceProblem(source, drafts.header.horizonMonths) ? null : budgetFigure(result, source);
      if (figure !== null && fitsKpiTarget(figure)) {
        if (!sameKpiTarget(row, figure)) writes.push({ id, version: row.version as number, target: figure, source });
      } else {
        writes.push({ id, version: row.version as number, target: decimalText(row.kpi_target) as string, source: null });
      }
    }
    await writeKpiTargets(em, this.audit, auditBy(caller, requestId), locked, writes);
    return writes.map((w) => w.id);
  }

  /**
   * The budget's drivers for the Excel export (`need: 'export'`: readAll and
   * seeSalaries), the drivers template (`'readAll'`) or an import
   * (`'editDrivers'`, BUDGET_LOCKED while locked). FORBIDDEN for anyone
   * else, NOT_FOUND for another organisation's budget.
   */
  loadForExport(caller: MemberCaller, budgetId: string, need: 'export' | 'readAll' | 'editDrivers' = 'export'): Promise<BudgetForExport> {
    return this.db.run(caller, async (em) => {
      const drafts = await loadBudget(em, caller.orgId, { id: budgetId });
      if (!drafts) throw notFound('The budget');
      const rights = await callerAccess(em, caller, { locked: drafts.header.lockedAt !== null, planId: null });
      if (need === 'editDrivers') requireRight(rights, 'editDrivers');
      else if (!rights.access[need]) throw forbidden('Your role may not export this budget.');
      const { access } = rights;
      const h = drafts.header;
      const departments = (await liveDepartments(em, caller.orgId)).map(({ id, name }) => ({ id, name }));
      return {
        budget: { id: h.id, name: h.name, planId: h.planId, startMonth: h.startMonth, horizonMonths: h.horizonMonths, currency: h.currency },
        input: toEngineInput(drafts).input,
        departments,
        access,
      };
    });
  }

  private publish(caller: MemberCaller, id: string, action: string): void {
    this.events.publish(caller.orgId, { entity: 'budget', entityId: id, action, actorId: caller.userId });
  }
}

async function assertPlan(em: EntityManager, orgId: string, planId: string): Promise<void> {
  const [plan] = await sql(em, `SELECT 1 FROM plans WHERE id = $1 AND org_id = $2`, [planId, orgId]);
  if (!plan) throw notFound('The plan');
}

const budgetTaken = () => badInput('planId', 'That plan already has a budget.');

/** Whole cents as money text: 123450n → "1234.50". */
function centsText(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
