import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { BudgetAccess, BudgetInput, isMonthKey, monthOffset } from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import { badInput, conflict, notFound } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import { auditBy } from '../../../common/context/audit-context';
import { AuditService } from '../../audit/services/audit.service';
import type { AuditRecord } from '../../audit/services/audit.service';
import { OrganizationEvents } from '../../events/organization-events.service';
import type { BudgetLineKind } from '../dtos/budget-enums';
import type { BudgetDto, SaveBudgetLinesResultDto } from '../dtos/budget.dto';
import type { BudgetActualInput, SaveBudgetLinesInput } from '../dtos/inputs/budget-lines.inputs';
import {
  BudgetDrafts,
  costFromInput,
  costFromRow,
  CostDraft,
  LineListKey,
  LIST_OF_KIND,
  loanFromInput,
  loanFromRow,
  LoanDraft,
  positionFromInput,
  positionFromRow,
  PositionDraft,
  revenueFromInput,
  revenueFromRow,
  RevenueDraft,
  TABLE_OF_KIND,
} from './budget-drafts.util';
import { ActualRow, copyActuals, countActuals, insertLines, loadActuals, loadBudget, loadBudgetWith, replaceLines, softDeleteLines } from './budget-sql.util';
import { carryOver } from './budget-import.util';
import type { BudgetImportUndo } from '../entities/budget.entity';
import { actualView, costView, loanView, positionView, revenueView } from './budget-view.util';
import { BudgetRight, callerAccess, requireRight, scopeOf } from './budget-access.util';
import { assertValidBudget } from './budget-validation.util';
import { budgetAuditView, loadBudgetView, readBudgetView } from './budgets.service';

type Draft = RevenueDraft | CostDraft | PositionDraft | LoanDraft;

const KINDS: BudgetLineKind[] = ['revenue', 'cost', 'position', 'loan'];
const WHAT: Record<BudgetLineKind, string> = { revenue: 'The revenue line', cost: 'The cost line', position: 'The position', loan: 'The loan' };
export const BUDGET_LINE_ENTITY: Record<BudgetLineKind, string> = { revenue: 'budget_revenue_line', cost: 'budget_cost_line', position: 'budget_position', loan: 'budget_loan' };
const FROM_ROW: Record<BudgetLineKind, (r: Row) => Draft> = { revenue: revenueFromRow, cost: costFromRow, position: positionFromRow, loan: loanFromRow };
/** Which right each kind of line needs: positions are the HR manager's too, revenue lines the sales forecast's. */
const RIGHT_OF_KIND: Record<BudgetLineKind, BudgetRight> = { revenue: 'editRevenue', cost: 'editDrivers', position: 'editPositions', loan: 'editDrivers' };

/** A line as the caller may see it (what a CONFLICT carries). */
function lineView(kind: BudgetLineKind, line: Draft, access: BudgetAccess): unknown {
  if (kind === 'revenue') return revenueView(line as RevenueDraft);
  if (kind === 'cost') return costView(line as CostDraft);
  if (kind === 'position') return positionView(line as PositionDraft, access.seeSalaries);
  return loanView(line as LoanDraft);
}

/** What the audit log keeps of a line: its fields flat, so the audit's redaction sees the salary by name. */
export function lineAuditView(kind: BudgetLineKind, line: Draft): Record<string, unknown> {
  const { id: _id, version: _version, ...fields } = line as Draft & Record<string, unknown>;
  if (kind === 'cost') {
    const { amount, ...rest } = fields as unknown as CostDraft;
    return { ...rest, amountKind: amount.kind, amount: amount.kind === 'monthly' ? amount.amount : null, rate: amount.kind === 'shareOfRevenue' ? amount.rate : null };
  }
  return fields;
}

/** What the audit log keeps of an actual. A position's actual is its labour cost, which for one person is their pay: named so the audit redacts it. */
const actualAuditView = (a: Pick<ActualRow, 'lineKind' | 'lineId' | 'month' | 'amount'> | null) =>
  a && { lineKind: a.lineKind, lineId: a.lineId, month: a.month, [a.lineKind === 'position' ? 'salaryCost' : 'amount']: a.amount };

const MONEY = /^(\d{1,12})(\.\d{1,2})?$/;

/** Why an actual's amount is refused, or null when it is a fine amount of money. */
function moneyProblem(value: string): string | null {
  if (MONEY.test(value)) return null;
  if (/^-\d/.test(value) && /^-?\d+(\.\d+)?$/.test(value)) return 'must not be negative';
  if (/^\d+\.\d{3,}$/.test(value)) return 'allows at most 2 decimal places';
  if (/^\d{13,}(\.\d+)?$/.test(value)) return 'is too large (at most 12 digits before the decimal point)';
  return 'must be a decimal number written as a string, such as "1250.50"';
}

interface Merged<T extends Draft> {
  list: T[];
  created: T[];
  replaced: { before: T; after: T }[];
}

/**
 * Budget lines and actuals: saving (create, replace, delete) revenue lines,
 * cost lines, positions and loans in one transaction, restoring a deleted
 * batch, monthly actuals, and replacing every driver from an imported
 * workbook. Every write locks the budget's row first and validates the
 * whole budget it leaves.
 */
@Injectable()
export class BudgetLinesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: OrganizationEvents,
  ) {}

  async saveLines(caller: MemberCaller, input: SaveBudgetLinesInput, requestId: string): Promise<SaveBudgetLinesResultDto> {
    const result = await this.db.run(caller, async (em) => {
      // The lock, the budget and the departments its lines may name, in one round trip.
      const locked = await loadBudgetWith(em, caller.orgId, { id: input.budgetId }, { lock: true, departments: true });
      if (!locked) throw notFound('The budget');
      const { drafts } = locked;
      const a = await callerAccess(em, caller, scopeOf(drafts.header), { forWrite: true });
      const deletions = input.deletions ?? [];
      const given: Record<BudgetLineKind, unknown[]> = {
        revenue: input.revenueLines ?? [],
        cost: input.costLines ?? [],
        position: input.positions ?? [],
        loan: input.loans ?? [],
      };
      for (const kind of KINDS) {
        if (given[kind].length > 0 || deletions.some((d) => d.lineKind === kind)) requireRight(a, RIGHT_OF_KIND[kind]);
      }

      // Stale versions first: a CONFLICT carries the line as it is now.
      const deleted = new Map<string, { kind: BudgetLineKind; line: Draft }>();
      deletions.forEach((d, k) => {
        const line = (drafts[LIST_OF_KIND[d.lineKind]] as Draft[]).find((l) => l.id === d.id);
        if (!line) throw notFound(WHAT[d.lineKind]);
        if (line.version !== d.version) throw staleLine(d.lineKind, line, a.access);
        if (deleted.has(d.id)) throw badInput(`deletions[${k}].id`, 'The same line is deleted twice.');
        deleted.set(d.id, { kind: d.lineKind, line });
      });
      const merge = <T extends Draft, I extends { id?: string | null; version?: number | null; sortOrder?: number | null }>(
        kind: BudgetLineKind,
        inputs: I[],
        fromInput: (i: I, id: string, sortOrder: number, version: number) => T,
      ): Merged<T> => {
        const listKey = LIST_OF_KIND[kind];
        const current = drafts[listKey] as T[];
        let nextSort = current.reduce((max, l) => Math.max(max, l.sortOrder), 0) + 1;
        const touched = new Set<string>();
        const created: T[] = [];
        const replaced: { before: T; after: T }[] = [];
        const mine = inputs.map((i, index) => {
          if (!i.id) {
            if (i.version != null) throw badInput(`${listKey}[${index}].id`, 'A line with a version needs its id.');
            const line = fromInput(i, randomUUID(), i.sortOrder ?? nextSort++, 0);
            created.push(line);
            return line;
          }
          const before = current.find((l) => l.id === i.id);
          if (!before) throw notFound(WHAT[kind]);
          if (i.version == null) throw badInput(`${listKey}[${index}].version`, 'Give the version of the line you are replacing.');
          if (before.version !== i.version) throw staleLine(kind, before, a.access);
          if (touched.has(i.id)) throw badInput(`${listKey}[${index}].id`, 'The same line is saved twice.');
          if (deleted.has(i.id)) throw badInput(`${listKey}[${index}].id`, 'The line is also being deleted.');
          touched.add(i.id);
          const after = fromInput(i, i.id, i.sortOrder ?? before.sortOrder, before.version);
          replaced.push({ before, after });
          return after;
        });
        return { list: [...mine, ...current.filter((l) => !touched.has(l.id) && !deleted.has(l.id))], created, replaced };
      };
      const merged = {
        revenue: merge('revenue', input.revenueLines ?? [], revenueFromInput),
        cost: merge('cost', input.costLines ?? [], costFromInput),
        position: merge('position', input.positions ?? [], positionFromInput),
        loan: merge('loan', input.loans ?? [], loanFromInput),
      };
      const next: BudgetDrafts = {
        header: drafts.header,
        revenueLines: merged.revenue.list,
        costLines: merged.cost.list,
        positions: merged.position.list,
        loans: merged.loan.list,
      };
      await assertValidBudget(
        em,
        next,
        { revenueLines: given.revenue.length, costLines: given.cost.length, positions: given.position.length, loans: given.loan.length },
        locked.departments,
      );
      await assertPlanNodes(em, drafts, input.costLines ?? []);

      const batchId = deletions.length > 0 ? randomUUID() : null;
      const { orgId } = caller;
      const budgetId = drafts.header.id;
      const records: AuditRecord[] = [];
      for (const kind of KINDS) {
        const m = merged[kind] as Merged<Draft>;
        await insertLines(em, kind, orgId, budgetId, m.created);
        await replaceLines(em, kind, orgId, budgetId, m.replaced.map((r) => r.after));
        const gone = [...deleted.values()].filter((d) => d.kind === kind);
        if (batchId) await softDeleteLines(em, kind, orgId, budgetId, gone.map((d) => d.line.id), batchId);
        const who = auditBy(caller, requestId);
        for (const line of m.created) records.push({ ...who, entity: BUDGET_LINE_ENTITY[kind], entityId: line.id, action: 'create', after: { budgetId, ...lineAuditView(kind, line) } });
        for (const r of m.replaced) records.push({ ...who, entity: BUDGET_LINE_ENTITY[kind], entityId: r.after.id, action: 'update', before: lineAuditView(kind, r.before), after: lineAuditView(kind, r.after) });
        for (const d of gone) records.push({ ...who, entity: BUDGET_LINE_ENTITY[kind], entityId: d.line.id, action: 'delete', before: lineAuditView(kind, d.line), after: { deletedBatch: batchId } });
      }
      await this.audit.recordEach(em, records);
      return { view: await loadBudgetView(em, caller, budgetId), deletionBatchId: batchId };
    });
    this.publish(caller, input.budgetId, 'update');
    // The view as this transaction left the budget, built once its lock is released.
    return { budget: result.view(), deletionBatchId: result.deletionBatchId };
  }

  /**
   * Brings back the lines one save or import deleted; the budget they rejoin
   * must still be valid. Undoing the budget's latest import also takes out
   * the lines that import created (deleted as a batch of their own, with the
   * actuals copied onto them) and puts back the financing it replaced, so the
   * budget is as it was before the import.
   */
  async restoreLines(caller: MemberCaller, budgetId: string, batchId: string, requestId: string): Promise<BudgetDto> {
    const dto = await this.db.run(caller, async (em) => {
      const drafts = await this.lockedBudget(em, caller, budgetId);
      const a = await callerAccess(em, caller, scopeOf(drafts.header), { forWrite: true });
      const restored = {} as Record<BudgetLineKind, Draft[]>;
      const imported = {} as Record<BudgetLineKind, { id: string; live: boolean }[]>;
      for (const kind of KINDS) {
        const rows = await sql<Row>(
          em,
          `SELECT * FROM ${TABLE_OF_KIND[kind]} WHERE budget_id = $1 AND org_id = $2 AND deleted_batch = $3 AND deleted_at IS NOT NULL ORDER BY sort_order, created_at, id`,
          [budgetId, caller.orgId, batchId],
        );
        restored[kind] = rows.map(FROM_ROW[kind]);
        imported[kind] = await sql<{ id: string; live: boolean }>(
          em,
          `SELECT id, deleted_at IS NULL AS live FROM ${TABLE_OF_KIND[kind]} WHERE budget_id = $1 AND org_id = $2 AND created_batch = $3 ORDER BY sort_order, created_at, id`,
          [budgetId, caller.orgId, batchId],
        );
      }
      const [{ import_undo: latestImport }] = await sql<{ import_undo: BudgetImportUndo | null }>(em, `SELECT import_undo FROM budgets WHERE id = $1`, [budgetId]);
      const undo = latestImport?.batchId === batchId ? latestImport : null;
      if (!undo && KINDS.every((k) => restored[k].length === 0)) throw notFound('The deleted lines');
      // An earlier import's lines were replaced by a later import: bringing its old lines back would double them.
      if (!undo && KINDS.some((k) => imported[k].length > 0)) throw badInput('batchId', 'Only the latest import can be undone.');
      if (undo) requireRight(a, 'editDrivers');
      for (const kind of KINDS) if (restored[kind].length > 0) requireRight(a, RIGHT_OF_KIND[kind]);

      const removed = new Set(undo ? KINDS.flatMap((k) => imported[k].filter((l) => l.live).map((l) => l.id)) : []);
      const keep = <T extends Draft>(list: T[]) => list.filter((l) => !removed.has(l.id));
      const next: BudgetDrafts = {
        header: undo ? { ...drafts.header, financing: undo.financing } : drafts.header,
        revenueLines: [...(restored.revenue as RevenueDraft[]), ...keep(drafts.revenueLines)],
        costLines: [...(restored.cost as CostDraft[]), ...keep(drafts.costLines)],
        positions: [...(restored.position as PositionDraft[]), ...keep(drafts.positions)],
        loans: [...(restored.loan as LoanDraft[]), ...keep(drafts.loans)],
      };
      await assertValidBudget(em, next, {
        revenueLines: restored.revenue.length,
        costLines: restored.cost.length,
        positions: restored.position.length,
        loans: restored.loan.length,
      });
      const who = auditBy(caller, requestId);
      const undoBatch = undo ? randomUUID() : null;
      for (const kind of KINDS) {
        if (undoBatch) {
          const gone = await softDeleteLines(em, kind, caller.orgId, budgetId, imported[kind].filter((l) => l.live).map((l) => l.id), undoBatch);
          await this.audit.recordMany(em, { ...who, entity: BUDGET_LINE_ENTITY[kind], action: 'delete' }, gone);
        }
        const ids = restored[kind].map((l) => l.id);
        if (ids.length === 0) continue;
        await sql(em, `UPDATE ${TABLE_OF_KIND[kind]} SET deleted_at = NULL, deleted_batch = NULL, version = version + 1, updated_at = now() WHERE org_id = $1 AND id = ANY($2::uuid[])`, [
          caller.orgId,
          ids,
        ]);
        await this.audit.recordMany(em, { ...who, entity: BUDGET_LINE_ENTITY[kind], action: 'restore' }, ids);
      }
      if (undo) {
        const f = undo.financing;
        const [before] = await sql<Row>(em, `SELECT * FROM budgets WHERE id = $1`, [budgetId]);
        const [after] = await sql<Row>(
          em,
          `UPDATE budgets SET initial_investment = $2, depreciation_months = $3, own_funds = $4, income_tax_rate = $5, import_undo = NULL, version = version + 1, updated_at = now()
            WHERE id = $1 RETURNING *`,
          [budgetId, f.initialInvestment, f.depreciationMonths, f.ownFunds, f.incomeTaxRate ?? null],
        );
        await this.audit.record(em, {
          ...who,
          entity: 'budget',
          entityId: budgetId,
          action: 'restore',
          before: budgetAuditView(before),
          after: { ...budgetAuditView(after), undoneImport: batchId, deletedBatch: undoBatch },
        });
      }
      return readBudgetView(em, caller, budgetId);
    });
    this.publish(caller, budgetId, 'update');
    return dto;
  }

  /** Monthly actuals per line; a null amount removes the entry. Allowed while the budget is locked. */
  async setActuals(caller: MemberCaller, input: { budgetId: string; entries: BudgetActualInput[] }, requestId: string): Promise<BudgetDto> {
    const dto = await this.db.run(caller, async (em) => {
      const drafts = await this.lockedBudget(em, caller, input.budgetId);
      const a = await callerAccess(em, caller, { locked: drafts.header.lockedAt !== null, planId: null });
      requireRight(a, 'editActuals');
      const existing = new Map((await loadActuals(em, caller.orgId, drafts.header.id)).map((r) => [`${r.lineKind}:${r.lineId}:${r.month}`, r]));
      const lines: Record<string, Set<string>> = {
        revenue: new Set(drafts.revenueLines.map((l) => l.id)),
        cost: new Set(drafts.costLines.map((l) => l.id)),
        position: new Set(drafts.positions.map((l) => l.id)),
      };
      const { startMonth, horizonMonths } = drafts.header;
      const seen = new Set<string>();
      const plan = input.entries.map((e, i) => {
        const at = `entries[${i}]`;
        if (!(e.lineKind in lines)) throw badInput(`${at}.lineKind`, 'Actuals are entered on revenue lines, cost lines and positions.');
        if (!lines[e.lineKind].has(e.lineId)) throw badInput(`${at}.lineId`, 'That line is not in this budget.');
        if (!isMonthKey(e.month)) throw badInput(`${at}.month`, `${at}.month must be a month written YYYY-MM.`);
        const offset = monthOffset(startMonth, e.month);
        if (offset < 0 || offset >= horizonMonths) throw badInput(`${at}.month`, `${at}.month ${e.month} is outside the budget’s ${horizonMonths} months from ${startMonth}.`);
        const key = `${e.lineKind}:${e.lineId}:${e.month}`;
        if (seen.has(key)) throw badInput(`${at}.month`, 'The same line and month are given twice.');
        seen.add(key);
        if (e.amount != null) {
          const problem = moneyProblem(e.amount);
          if (problem) throw badInput(`${at}.amount`, `${at}.amount ${problem}.`);
        }
        const current = existing.get(key) ?? null;
        if (current && e.version !== current.version) {
          throw conflict('That actual was changed by someone else. Review their change and apply yours again.', actualView(current));
        }
        if (!current && e.version != null) throw conflict('That actual was removed by someone else.', null);
        return { entry: e, current };
      });

      // Set-based: one statement per kind of change, however many cells were pasted.
      const who = auditBy(caller, requestId);
      const records: AuditRecord[] = [];
      const removed = plan.filter((p) => p.entry.amount == null && p.current).map((p) => p.current as ActualRow);
      const changed = plan.filter((p) => p.entry.amount != null && p.current);
      const added = plan.filter((p) => p.entry.amount != null && !p.current).map((p) => p.entry);
      if (removed.length > 0) {
        await sql(em, `DELETE FROM budget_actuals WHERE org_id = $1 AND id = ANY($2::uuid[])`, [caller.orgId, removed.map((r) => r.id)]);
        for (const current of removed) records.push({ ...who, entity: 'budget_actual', entityId: current.id, action: 'delete', before: actualAuditView(current) });
      }
      if (changed.length > 0) {
        await sql(
          em,
          `UPDATE budget_actuals a SET amount = u.amount, version = a.version + 1, updated_at = now()
             FROM unnest($2::uuid[], $3::numeric[]) AS u(id, amount) WHERE a.id = u.id AND a.org_id = $1`,
          [caller.orgId, changed.map((p) => (p.current as ActualRow).id), changed.map((p) => p.entry.amount)],
        );
        for (const { entry, current } of changed) {
          const before = current as ActualRow;
          records.push({ ...who, entity: 'budget_actual', entityId: before.id, action: 'update', before: actualAuditView(before), after: actualAuditView({ ...before, amount: entry.amount as string }) });
        }
      }
      if (added.length > 0) {
        const rows = await sql<Row>(
          em,
          `INSERT INTO budget_actuals (org_id, budget_id, line_kind, line_id, month, amount)
           SELECT $1, $2, t.kind, t.line, t.month, t.amount FROM unnest($3::varchar[], $4::uuid[], $5::varchar[], $6::numeric[]) AS t(kind, line, month, amount)
           RETURNING id, line_kind, line_id, month`,
          [caller.orgId, drafts.header.id, added.map((e) => e.lineKind), added.map((e) => e.lineId), added.map((e) => e.month), added.map((e) => e.amount)],
        );
        const idOf = new Map(rows.map((r) => [`${r.line_kind}:${r.line_id}:${r.month}`, r.id as string]));
        for (const e of added) {
          const lineKind = e.lineKind as ActualRow['lineKind'];
          records.push({
            ...who,
            entity: 'budget_actual',
            entityId: idOf.get(`${lineKind}:${e.lineId}:${e.month}`) as string,
            action: 'create',
            after: { budgetId: drafts.header.id, ...actualAuditView({ lineKind, lineId: e.lineId, month: e.month, amount: e.amount as string }) },
          });
        }
      }
      await this.audit.recordEach(em, records);
      return readBudgetView(em, caller, input.budgetId);
    });
    this.publish(caller, input.budgetId, 'update');
    return dto;
  }

  /**
   * Replaces every revenue line, cost line, position and loan, and the
   * financing, with imported drivers (editDrivers only): the old lines are
   * soft-deleted as one batch and the new ones inserted, in one transaction.
   * A new line matching an old one (carryOver) keeps its stretch overrides,
   * project and actuals. The budget remembers the financing it had, so
   * restoreBudgetLines of the batch undoes the whole import. The whole
   * budget is validated first; with dryRun nothing is written.
   */
  replaceDrivers(
    caller: MemberCaller,
    budgetId: string,
    drivers: Pick<BudgetInput, 'revenueLines' | 'costLines' | 'positions' | 'financing'>,
    opts: { dryRun: boolean; requestId?: string | null },
  ): Promise<{
    batchId: string | null;
    counts: { revenueLines: number; costLines: number; positions: number; loans: number };
    carriedOver: { lines: number; actuals: number };
  }> {
    return this.db
      .run(caller, async (em) => {
        const drafts = await this.lockedBudget(em, caller, budgetId);
        requireRight(await callerAccess(em, caller, { locked: drafts.header.lockedAt !== null, planId: null }), 'editDrivers');
        const { loans = [], ...financing } = drivers.financing;
        const { drafts: next, carried } = carryOver(drafts, {
          header: { ...drafts.header, financing: { initialInvestment: financing.initialInvestment, depreciationMonths: financing.depreciationMonths, ownFunds: financing.ownFunds, ...(financing.incomeTaxRate !== undefined ? { incomeTaxRate: financing.incomeTaxRate } : {}) } },
          revenueLines: drivers.revenueLines.map((l, i) => ({ ...l, id: randomUUID(), sortOrder: i + 1, version: 0 })),
          costLines: drivers.costLines.map((l, i) => ({ ...l, id: randomUUID(), planNodeId: null, sortOrder: i + 1, version: 0 })),
          positions: drivers.positions.map((p, i) => ({ ...p, id: randomUUID(), sortOrder: i + 1, version: 0 })),
          loans: loans.map((l, i) => ({ ...l, name: l.name ?? `Loan ${i + 1}`, id: randomUUID(), sortOrder: i + 1, version: 0 })),
        });
        const counts = { revenueLines: next.revenueLines.length, costLines: next.costLines.length, positions: next.positions.length, loans: next.loans.length };
        await assertValidBudget(em, next, counts);
        const withActuals = carried.filter((c): c is typeof c & { lineKind: ActualRow['lineKind'] } => c.lineKind !== 'loan');
        if (opts.dryRun) {
          return { batchId: null, counts, carriedOver: { lines: carried.length, actuals: await countActuals(em, caller.orgId, budgetId, withActuals.map((c) => c.from)) } };
        }

        const batchId = randomUUID();
        const who = { orgId: caller.orgId, actorUserId: caller.userId, requestId: opts.requestId ?? null };
        for (const kind of KINDS) {
          const list = LIST_OF_KIND[kind] as LineListKey;
          const gone = await softDeleteLines(em, kind, caller.orgId, budgetId, (drafts[list] as Draft[]).map((l) => l.id), batchId);
          await this.audit.recordMany(em, { ...who, entity: BUDGET_LINE_ENTITY[kind], action: 'delete' }, gone);
          const added = await insertLines(em, kind, caller.orgId, budgetId, next[list] as Draft[], batchId);
          await this.audit.recordMany(em, { ...who, entity: BUDGET_LINE_ENTITY[kind], action: 'create' }, added.map((r) => r.id as string));
        }
        // The old lines keep their own actuals, so undoing the import brings back exactly what was there.
        const copied = await copyActuals(em, caller.orgId, budgetId, withActuals);
        await this.audit.recordMany(em, { ...who, entity: 'budget_actual', action: 'create' }, copied);
        const carriedOver = { lines: carried.length, actuals: copied.length };

        const f = next.header.financing;
        const undo: BudgetImportUndo = { batchId, financing: drafts.header.financing };
        const [before] = await sql<Row>(em, `SELECT * FROM budgets WHERE id = $1`, [budgetId]);
        const [after] = await sql<Row>(
          em,
          `UPDATE budgets SET initial_investment = $2, depreciation_months = $3, own_funds = $4, income_tax_rate = $5, import_undo = $6::jsonb, version = version + 1, updated_at = now()
            WHERE id = $1 RETURNING *`,
          [budgetId, f.initialInvestment, f.depreciationMonths, f.ownFunds, f.incomeTaxRate ?? null, JSON.stringify(undo)],
        );
        await this.audit.record(em, {
          ...who,
          entity: 'budget',
          entityId: budgetId,
          action: 'import',
          before: budgetAuditView(before),
          after: { ...budgetAuditView(after), deletedBatch: batchId, ...counts, carriedOverLines: carriedOver.lines, carriedOverActuals: carriedOver.actuals },
        });
        return { batchId, counts, carriedOver };
      })
      .then((result) => {
        if (result.batchId) this.publish(caller, budgetId, 'update');
        return result;
      });
  }

  private async lockedBudget(em: EntityManager, caller: MemberCaller, budgetId: string): Promise<BudgetDrafts> {
    const drafts = await loadBudget(em, caller.orgId, { id: budgetId }, { lock: true });
    if (!drafts) throw notFound('The budget');
    return drafts;
  }

  private publish(caller: MemberCaller, id: string, action: string): void {
    this.events.publish(caller.orgId, { entity: 'budget', entityId: id, action, actorId: caller.userId });
  }
}

function staleLine(kind: BudgetLineKind, line: Draft, access: BudgetAccess) {
  return conflict(`${WHAT[kind]} was changed by someone else. Review their change and apply yours again.`, lineView(kind, line, access));
}

/** A cost line may carry the estimate of a project of the budget's own plan. */
async function assertPlanNodes(em: EntityManager, drafts: BudgetDrafts, inputs: { planNodeId?: string | null }[]): Promise<void> {
  const wanted = inputs.map((i, index) => ({ id: i.planNodeId, index })).filter((x): x is { id: string; index: number } => Boolean(x.id));
  if (wanted.length === 0) return;
  const rows = await sql<{ id: string }>(em, `SELECT id FROM plan_nodes WHERE org_id = $1 AND plan_id = $2 AND id = ANY($3::uuid[]) AND level = 'project' AND deleted_at IS NULL`, [
    drafts.header.orgId,
    drafts.header.planId,
    wanted.map((w) => w.id),
  ]);
  const found = new Set(rows.map((r) => r.id));
  const missing = wanted.find((w) => !found.has(w.id));
  if (missing) throw badInput(`costLines[${missing.index}].planNodeId`, 'A cost line can carry the estimate of a project of the budget’s plan only.');
}

