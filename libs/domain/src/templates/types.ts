// Plan templates (BRIEF §1–§4): typed data that lays out a whole plan — the
// departments, the cascade with KPIs, checklists and dependencies, the
// planning cycle and the budget's drivers — for a chosen start and plan year.
// A template is plain JSON (the built-in ones are this data in code; an
// organisation's own are stored and exported as JSON), validated by
// `parsePlanTemplate` and turned into a `PlanBlueprint` by `instantiateTemplate`.
import type { CostCategory, KpiTargetSource, Quantity } from '../budget';
import type { Dimension, KpiDirection, Level } from '../cascade';

export const TEMPLATE_SCHEMA_VERSION = 1;

/** The languages a template is written in: every text carries both. */
export const TEMPLATE_LANGUAGES = ['zh-CN', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];
/** What a plan is created in: one language, or both side by side ("中文 · English"). */
export type BlueprintLanguage = TemplateLanguage | 'bilingual';

/**
 * A text in both languages. `{param}` placeholders are replaced by parameter
 * values (a text parameter in the text's own language; a number as typed);
 * `{{` stands for a literal `{`.
 */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/**
 * A number as a decimal string, or the value of a numeric parameter,
 * optionally times a factor or times another numeric parameter (orders a
 * month = monthly visits × conversion rate).
 */
export type TemplateNumber = string | { param: string; times?: string | { param: string } };

/**
 * What the person creating a plan is asked, with defaults:
 * - text: company name, city…;
 * - money: decimal ≥ 0 with at most two decimals (capital, loan);
 * - rate: a decimal fraction, "0.0435" is 4.35 %;
 * - integer: counts (branches, months).
 */
export interface TemplateParameter {
  key: string;
  type: 'text' | 'money' | 'rate' | 'integer';
  label: LocalizedText;
  help?: LocalizedText;
  /** Text defaults are localized; numeric ones are decimal strings. */
  default: LocalizedText | string;
  min?: string;
  max?: string;
}

/** The kind of department, used to hand the planning cycle's stages to the right one. */
export type DepartmentKind = 'presidents_office' | 'sales' | 'finance' | 'rnd' | 'supply' | 'hr' | 'operations' | 'other';

export interface TemplateDepartment {
  key: string;
  name: LocalizedText;
  /** Another department's key; absent for a top-level department. */
  parent?: string;
  kind?: DepartmentKind;
  /** The department whose manager plans headcount and salaries. At most one. */
  isHr?: boolean;
  /** Roles the department is expected to staff (shown in the preview, and the positions' titles). */
  roles?: LocalizedText[];
}

/** Who a node belongs to: the template cannot know people, only the kind of person. */
export const OWNER_ROLES = ['general_manager', 'director', 'manager', 'supervisor', 'staff'] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

export const RECURRENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

/**
 * When a node runs, in months from the plan's start (fractions allowed:
 * 1.5 is one month and half the next), `from` < `to` ≤ the template's
 * horizon; or exactly the dates of a phase of the timeline.
 */
export type TemplateTiming = { from: number; to: number } | { phase: string };

export interface TemplateKpi {
  name: LocalizedText;
  /** Empty in both languages when the figure has no unit (a plain count). */
  unit: LocalizedText;
  direction: KpiDirection;
  baseline: TemplateNumber;
  target: TemplateNumber;
  /** The target is then the budget's figure (and follows it). */
  budgetTarget?: KpiTargetSource;
}

export interface TemplateNode {
  key: string;
  /** The parent's key; absent only on strategies. */
  parent?: string;
  level: Level;
  title: LocalizedText;
  description?: LocalizedText;
  department: string;
  owner: OwnerRole;
  /** Absent: inherited from the parent (organisation for a strategy). */
  dimension?: Dimension;
  /** Decimal ≥ 0; default "1". */
  weight?: string;
  timing: TemplateTiming;
  kpi?: TemplateKpi;
  recurrence?: Recurrence;
  /** Items to tick off (a licence's paperwork, the hygiene checklist). */
  checklist?: LocalizedText[];
  /** Keys of nodes that must be finished first. */
  dependsOn?: string[];
}

/** A stretch of the timeline (the e-commerce launch's four phases). Phases follow each other without gaps, from the start. */
export interface TemplatePhase {
  key: string;
  name: LocalizedText;
  /** Length in months; halves allowed (1.5). */
  months: string;
  work: LocalizedText;
  aim: LocalizedText;
}

/** Sales volume per month: flat, growing, or given month by month (one value per month of the budget's horizon). */
export type TemplateVolume =
  | { kind: 'flat'; perMonth: TemplateNumber }
  | { kind: 'growth'; start: TemplateNumber; monthlyGrowth: string; seasonality?: Quantity[] }
  | { kind: 'monthly'; values: Quantity[] };

export interface TemplateRevenueLine {
  key: string;
  name: LocalizedText;
  kind: 'product' | 'channel';
  unitPrice: TemplateNumber;
  volume: TemplateVolume;
  variableCost?: { kind: 'unitCost'; unitCost: TemplateNumber } | { kind: 'shareOfRevenue'; rate: TemplateNumber };
  /** First month (1-based) the line sells, e.g. a branch opening in month 13; it sells nothing before. Default 1. */
  fromMonth?: number | { param: string; plus?: number };
  stretchVolume?: string;
}

export interface TemplateCostLine {
  key: string;
  name: LocalizedText;
  department: string;
  category: CostCategory;
  amount: { kind: 'monthly'; amount: TemplateNumber } | { kind: 'shareOfRevenue'; rate: TemplateNumber };
  /** 1-based months of the budget horizon, inclusive; default the whole horizon. */
  fromMonth?: number | { param: string; plus?: number };
  toMonth?: number;
  /** A project node of the template whose cost this is. */
  node?: string;
}

export interface TemplatePosition {
  key: string;
  department: string;
  role: LocalizedText;
  count: TemplateNumber;
  monthlySalary: TemplateNumber;
  onCostRate: TemplateNumber;
  fromMonth?: number | { param: string; plus?: number };
  toMonth?: number;
}

export interface TemplateBudget {
  name: LocalizedText;
  horizonMonths: number;
  revenueLines: TemplateRevenueLine[];
  costLines: TemplateCostLine[];
  positions: TemplatePosition[];
  financing: {
    initialInvestment: TemplateNumber;
    depreciationMonths: number;
    ownFunds: TemplateNumber;
    /** A loan whose principal comes to 0 is left out. */
    loans: { key: string; name: LocalizedText; principal: TemplateNumber; annualRate: TemplateNumber; termMonths: number; repayment: 'equalInstalment' | 'interestOnly' }[];
    incomeTaxRate?: TemplateNumber;
  };
  /** Multipliers of the stretch target, e.g. { volume: "1.15" }. */
  stretch?: { volume?: string; price?: string; variableCost?: string; fixedCost?: string; headcount?: string };
  /** Goals the budget is checked against in the preview and after creation. */
  goals?: { paybackWithinMonths?: number };
}

export interface PlanTemplate {
  schemaVersion: typeof TEMPLATE_SCHEMA_VERSION;
  /** Lower-case letters, digits and dashes; unique among an organisation's templates. */
  key: string;
  name: LocalizedText;
  description: LocalizedText;
  /**
   * How the plan's start is chosen:
   * - planYear: the plan runs the organisation's fiscal year (the corporate annual plan);
   * - startDate: a launch starting on a chosen day (the plan's year is that day's).
   */
  start: 'planYear' | 'startDate';
  /** The timeline nodes must fit in, in months (12 for an annual plan, 36 for a three-year launch). */
  horizonMonths: number;
  parameters: TemplateParameter[];
  departments: TemplateDepartment[];
  phases?: TemplatePhase[];
  nodes: TemplateNode[];
  /** Lay out the eight-stage planning cycle for the plan year. */
  cycle?: boolean;
  budget?: TemplateBudget;
}

/** A template's problem, with the JSON path of the field ("nodes[3].level", "name.en"). */
export interface TemplateProblem {
  path: string;
  message: string;
}

export type ParseTemplateResult = { ok: true; template: PlanTemplate } | { ok: false; problems: TemplateProblem[] };

/** What the person chose in the form. Parameter values are strings as typed; absent ones take the template's defaults. */
export interface TemplateChoices {
  language: BlueprintLanguage;
  /** For `start: 'planYear'`. */
  planYear?: number;
  /** For `start: 'startDate'`, "YYYY-MM-DD". */
  startDate?: string;
  /** The organisation's first month of the fiscal year (1–12); default 1. */
  fiscalYearStartMonth?: number;
  parameters?: Record<string, string>;
}

// ---------------------------------------------------------------------------
// The blueprint: a template instantiated. Keys stand where the database will
// put ids; the API maps each key to the row it creates.

export interface BlueprintDepartment {
  key: string;
  name: string;
  parentKey: string | null;
  kind: DepartmentKind | null;
  isHr: boolean;
  roles: string[];
}

export interface BlueprintPhase {
  key: string;
  name: string;
  work: string;
  aim: string;
  months: string;
  startDate: string;
  /** Inclusive; the next phase starts the day after. */
  dueDate: string;
}

export interface BlueprintNode {
  key: string;
  parentKey: string | null;
  level: Level;
  title: string;
  description: string | null;
  departmentKey: string;
  owner: OwnerRole;
  /** null: inherit from the parent. */
  dimension: Dimension | null;
  weight: string;
  startDate: string;
  dueDate: string;
  kpi: { name: string; unit: string; direction: KpiDirection; baseline: string; target: string; budgetTarget: KpiTargetSource | null } | null;
  recurrence: Recurrence | null;
  checklist: string[];
  dependsOn: string[];
}

export interface BlueprintCycleStage {
  key: string;
  position: number;
  startDate: string;
  dueDate: string;
  dependsOn: string[];
}

/** A template's goal checked against the budget's responsibility target. */
export type BlueprintCheck = { kind: 'paybackWithin'; months: number; paybackMonth: number | null; met: boolean };

export interface PlanBlueprint {
  templateKey: string;
  language: BlueprintLanguage;
  plan: { year: number; name: string; startDate: string; endDate: string };
  parameters: Record<string, string>;
  departments: BlueprintDepartment[];
  phases: BlueprintPhase[];
  /** Parents before children. */
  nodes: BlueprintNode[];
  cycle: BlueprintCycleStage[] | null;
  /**
   * The budget as the engine takes it, with department keys in `departmentId`
   * and line keys in `id`; `costLineNodes` maps a cost line's key to its
   * project's node key.
   */
  budget: { name: string; input: import('../budget').BudgetInput; costLineNodes: Record<string, string> } | null;
  checks: BlueprintCheck[];
}

/**
 * A plan as it stands, to be saved as a template (`templateFromPlan`). Plan
 * text is in one language; both translations of the template get it.
 */
export interface PlanTemplateSource {
  key: string;
  name: LocalizedText;
  description: LocalizedText;
  /** The plan's year and first day (the fiscal year's start). */
  plan: { year: number; startDate: string };
  departments: { id: string; name: string; parentId: string | null; isHr: boolean }[];
  /** Parents first. */
  nodes: {
    id: string;
    parentId: string | null;
    level: Level;
    title: string;
    description: string | null;
    departmentId: string | null;
    /** null when inherited. */
    dimension: Dimension | null;
    weight: string;
    startDate: string | null;
    dueDate: string | null;
    kpi: { name: string; unit: string | null; direction: KpiDirection; baseline: string; target: string; budgetTarget: KpiTargetSource | null } | null;
    recurrence: Recurrence | null;
    checklist: string[];
    dependsOn: string[];
  }[];
  /** departmentId = department ids; costLineNodes maps a cost line's id to its project node's id. */
  budget: { name: string; input: import('../budget').BudgetInput; costLineNodes: Record<string, string> } | null;
  hasCycle: boolean;
}
