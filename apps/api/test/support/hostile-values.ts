import fc from 'fast-check';
import { TypeMetadataStorage } from '@nestjs/graphql';
import { getMetadataStorage } from 'class-validator';
import { DECIMAL_PATTERN } from '@opsplan/domain';
import type { GqlResult, Json, TestApp } from './test-app';

/**
 * What the hostile-input suites send: the curated values per category and
 * kind of field, fast-check arbitraries for the rest, and the rules for
 * "accepted wrongly"; how they send it, and how they count.
 */

/** How a scalar input field is read by the API, which decides what is hostile to it. */
export type FieldKind = 'text' | 'code' | 'secret' | 'decimal' | 'money' | 'date' | 'month' | 'id' | 'int' | 'float';

export const CATEGORIES = [
  'over-long strings',
  'control characters',
  'lone surrogates',
  'SQL- and script-looking text',
  'search wildcards',
  'money and decimals',
  'impossible dates',
  'malformed ids',
  'foreign ids',
  'numbers',
  'fast-check',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** A value the JSON encoder cannot write (Infinity, -0): sent as this literal in the request body instead. */
export interface Raw {
  raw: string;
  /** what the server's JSON.parse makes of it */
  parsed: number;
}
export type Hostile = string | number | Raw;
export const isRaw = (v: unknown): v is Raw => typeof v === 'object' && v !== null && 'raw' in v;

export interface HostileValue {
  category: Category;
  value: Hostile;
  /** the answer must be an error: the value can never be stored as sent, or breaks a documented rule */
  mustReject: boolean;
}

export interface FieldFacts {
  kind: FieldKind;
  /** the longest accepted text, in characters, when the API declares one */
  maxLength?: number;
}

// ---------------------------------------------------------------------------
// Kinds: from the schema type, then the validation the input class declares.

/**
 * String fields whose meaning validation alone does not reveal (decimal and
 * month strings checked later by the budget engine, formats, secrets) and
 * String arguments outside input classes. Every other String field must
 * carry a text validator (TextLength, PlainText, MultilineText), or the
 * suite asks for it to be listed here.
 */
const STRING_KINDS: Record<string, FieldFacts> = {
  'SignUpInput.password': { kind: 'secret' },
  'SignInInput.password': { kind: 'secret' },
  'SignInInput.email': { kind: 'code' },
  'SignUpInput.email': { kind: 'code' },
  'CreateInvitationInput.email': { kind: 'code' },
  'SignUpInput.locale': { kind: 'code' },
  'UpdateProfileInput.locale': { kind: 'code' },
  'CreateOrganizationInput.currency': { kind: 'code' },
  'UpdateOrganizationInput.currency': { kind: 'code' },
  'TemplateUseInput.language': { kind: 'code' },
  'TemplateParameterValueInput.key': { kind: 'code' },
  'SavePlanAsTemplateInput.key': { kind: 'code' },
  'KpiTargetSourceInput.scenario': { kind: 'code' },
  'KpiTargetSourceInput.measure': { kind: 'code' },
  'KpiTargetSourceInput.period': { kind: 'code' },
  'AddAttachmentInput.contentType': { kind: 'code' },
  'AddAttachmentInput.contentBase64': { kind: 'code' },
  'ImportPlanTemplateInput.json': { kind: 'code' },
  'acceptInvitation(token)': { kind: 'code' },
  'invitationPreview(token)': { kind: 'code' },
  'auditLog(after)': { kind: 'code' },
  'auditLog(entity)': { kind: 'code' },
  'notifications(after)': { kind: 'code' },
  'createPlanVersion(label)': { kind: 'text', maxLength: 120 },
  // money: two decimals at most
  'RevenueLineInput.unitPrice': { kind: 'money' },
  'VariableCostDriverInput.unitCost': { kind: 'money' },
  'CostLineInput.amount': { kind: 'money' },
  'PositionInput.monthlySalary': { kind: 'money' },
  'LoanInput.principal': { kind: 'money' },
  'BudgetFinancingInput.initialInvestment': { kind: 'money' },
  'BudgetFinancingInput.ownFunds': { kind: 'money' },
  'BudgetActualInput.amount': { kind: 'money' },
  // other decimals: counts, rates, multipliers, volumes
  'VolumeDriverInput.perMonth': { kind: 'decimal' },
  'VolumeDriverInput.values': { kind: 'decimal' },
  'VolumeDriverInput.start': { kind: 'decimal' },
  'VolumeDriverInput.monthlyGrowth': { kind: 'decimal' },
  'VolumeDriverInput.seasonality': { kind: 'decimal' },
  'VariableCostDriverInput.rate': { kind: 'decimal' },
  'RevenueLineInput.stretchVolume': { kind: 'decimal' },
  'RevenueLineInput.stretchPrice': { kind: 'decimal' },
  'RevenueLineInput.stretchVariableCost': { kind: 'decimal' },
  'CostLineInput.rate': { kind: 'decimal' },
  // the stretch target's multiplier of the line's amount, not an amount
  'CostLineInput.stretchAmount': { kind: 'decimal' },
  'PositionInput.count': { kind: 'decimal' },
  'PositionInput.onCostRate': { kind: 'decimal' },
  'PositionInput.stretchCount': { kind: 'decimal' },
  'LoanInput.annualRate': { kind: 'decimal' },
  'BudgetFinancingInput.incomeTaxRate': { kind: 'decimal' },
  'StretchMultipliersInput.volume': { kind: 'decimal' },
  'StretchMultipliersInput.price': { kind: 'decimal' },
  'StretchMultipliersInput.variableCost': { kind: 'decimal' },
  'StretchMultipliersInput.fixedCost': { kind: 'decimal' },
  'StretchMultipliersInput.headcount': { kind: 'decimal' },
  'CreateBudgetInput.startMonth': { kind: 'month' },
  'UpdateBudgetInput.startMonth': { kind: 'month' },
  'CostLineInput.firstMonth': { kind: 'month' },
  'CostLineInput.lastMonth': { kind: 'month' },
  'PositionInput.firstMonth': { kind: 'month' },
  'PositionInput.lastMonth': { kind: 'month' },
  'BudgetActualInput.month': { kind: 'month' },
};

interface Constraint {
  name: string;
  constraints: unknown[];
}

/** class-validator's declarations for each GraphQL input type, by type name and property. */
function validationByInputType(): Map<string, Map<string, Constraint[]>> {
  const storage = getMetadataStorage();
  const out = new Map<string, Map<string, Constraint[]>>();
  for (const { name, target } of TypeMetadataStorage.getInputTypesMetadata()) {
    const byProperty = new Map<string, Constraint[]>();
    for (const m of storage.getTargetValidationMetadatas(target as new () => object, '', true, false)) {
      const list = byProperty.get(m.propertyName) ?? [];
      list.push({ name: m.name ?? m.type, constraints: m.constraints ?? [] });
      byProperty.set(m.propertyName, list);
    }
    out.set(name, byProperty);
  }
  return out;
}

let validation: Map<string, Map<string, Constraint[]>> | undefined;

/**
 * The kind of a scalar field (`owner` is the input type's name, or
 * `operation(argument)` for a scalar argument), or undefined for a String
 * nobody classified: the suite fails and names it.
 */
export function factsOf(owner: string, field: string, scalar: string): FieldFacts | undefined {
  if (scalar === 'ID') return { kind: 'id' };
  if (scalar === 'Int') return { kind: 'int' };
  if (scalar === 'Float') return { kind: 'float' };
  const key = owner.includes('(') ? owner : `${owner}.${field}`;
  validation ??= validationByInputType();
  const declared = validation.get(owner)?.get(field) ?? [];
  const maxLength = longest(declared);
  const listed = STRING_KINDS[key];
  if (listed) return { maxLength, ...listed };
  const names = declared.map((c) => c.name);
  const pattern = (c: Constraint) => (c.constraints[0] instanceof RegExp ? c.constraints[0].source : '');
  if (declared.some((c) => c.name === 'matches' && pattern(c) === DECIMAL_PATTERN.source)) return { kind: 'decimal', maxLength };
  if (names.includes('isIso8601')) return { kind: 'date', maxLength };
  const textual = names.includes('textLength') || declared.some((c) => c.name === 'matches' && pattern(c).includes('\\p{Cc}'));
  return textual ? { kind: 'text', maxLength } : undefined;
}

function longest(declared: Constraint[]): number | undefined {
  const limits = declared.flatMap((c) => {
    if (c.name === 'textLength') return [Number(c.constraints[1])];
    if (c.name === 'maxLength') return [Number(c.constraints[0])];
    return [];
  });
  return limits.length ? Math.min(...limits) : undefined;
}

// ---------------------------------------------------------------------------
// The curated list.

/** A field without a declared limit still ends at the body limit (256 KB): one character past it. */
const UNDECLARED_LIMIT = 256 * 1024;
/** ×100 of a large limit is capped here: already several times the body limit. */
const LONG_CAP = 1_200_000;

const DECIMALS_MUST_REJECT = ['NaN', 'Infinity', '-Infinity', '1e309', '0x10'];

/** Real calendar dates only, as YYYY-MM-DD. */
export const isRealDate = (v: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
};
export const isRealMonth = (v: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(v) && v >= '0001-01';
/** A plain decimal such as 12, -3.5 or " 1 " (JSON would read it as that number). */
export const isPlainDecimal = (v: string): boolean => /^\s*-?\d+(\.\d+)?\s*$/.test(v);

function strings(facts: FieldFacts): HostileValue[] {
  const limit = facts.maxLength;
  const over = (n: number) => 'x'.repeat(n);
  return [
    { category: 'over-long strings', value: over((limit ?? UNDECLARED_LIMIT) + 1), mustReject: true },
    { category: 'over-long strings', value: over(Math.min((limit ?? UNDECLARED_LIMIT) * 100, LONG_CAP)), mustReject: true },
    { category: 'control characters', value: 'bell\u0007here', mustReject: false },
    { category: 'control characters', value: 'c1\u0085next line', mustReject: false },
    { category: 'control characters', value: 'nul\u0000byte', mustReject: true },
    { category: 'control characters', value: 'right-to-left \u202Efdp.exe', mustReject: false },
    { category: 'lone surrogates', value: 'high \uD800 alone', mustReject: true },
    { category: 'lone surrogates', value: '\uDFFF low first', mustReject: true },
    { category: 'SQL- and script-looking text', value: "'; DROP TABLE plans; --", mustReject: false },
    { category: 'SQL- and script-looking text', value: '<script>alert(1)</script>', mustReject: false },
    { category: 'search wildcards', value: '%_\\', mustReject: false },
  ];
}

function decimals(money: boolean): HostileValue[] {
  return [
    ...DECIMALS_MUST_REJECT.map((value): HostileValue => ({ category: 'money and decimals', value, mustReject: true })),
    { category: 'money and decimals', value: '-1', mustReject: false },
    { category: 'money and decimals', value: '1.005', mustReject: money },
    { category: 'money and decimals', value: ' 1 ', mustReject: false },
    { category: 'money and decimals', value: '9'.repeat(40), mustReject: false },
    { category: 'lone surrogates', value: '1\uD800', mustReject: true },
    { category: 'control characters', value: '1\u0000', mustReject: true },
  ];
}

const DATES = ['2026-02-30', '2026-13-01', '0000-00-00', '2026-1-1', '2026-02-29', '2026-12-31T00:00:00Z', '+002026-01-01'];
const MONTHS = ['2026-13', '0000-00', '2026-1', '2026-02-30', '2026-00', '202601'];

const infinity: Raw = { raw: '1e309', parsed: Infinity };
const negativeZero: Raw = { raw: '-0', parsed: -0 };

/**
 * The curated values for one field. `foreignId` is another organisation's
 * id of the same kind where one exists.
 */
export function curated(facts: FieldFacts, foreignId: string): HostileValue[] {
  switch (facts.kind) {
    case 'text':
    case 'code':
    case 'secret':
      return strings(facts);
    case 'decimal':
    case 'money':
      return decimals(facts.kind === 'money');
    case 'date':
      return DATES.map((value) => ({ category: 'impossible dates', value, mustReject: !isRealDate(value) }));
    case 'month':
      return MONTHS.map((value) => ({ category: 'impossible dates', value, mustReject: !isRealMonth(value) }));
    case 'id':
      return [
        { category: 'malformed ids', value: '', mustReject: true },
        { category: 'malformed ids', value: 'not-a-uuid', mustReject: true },
        { category: 'malformed ids', value: "00000000-0000-4000-8000-000000000000' OR '1'='1", mustReject: true },
        { category: 'malformed ids', value: 'ffffffff-ffff-ffff-ffff-ffffffffffff\u0000', mustReject: true },
        { category: 'foreign ids', value: foreignId, mustReject: true },
      ];
    case 'int':
      return [
        { category: 'numbers', value: 2 ** 53, mustReject: true },
        { category: 'numbers', value: 2 ** 31, mustReject: true },
        { category: 'numbers', value: infinity, mustReject: true },
        { category: 'numbers', value: negativeZero, mustReject: false },
        { category: 'numbers', value: -1, mustReject: false },
        { category: 'numbers', value: 1.5, mustReject: true },
      ];
    case 'float':
      return [
        { category: 'numbers', value: infinity, mustReject: true },
        { category: 'numbers', value: { raw: '-1e309', parsed: -Infinity }, mustReject: true },
        { category: 'numbers', value: 2 ** 53, mustReject: false },
        { category: 'numbers', value: negativeZero, mustReject: false },
        { category: 'numbers', value: -1, mustReject: false },
        { category: 'numbers', value: 5e-324, mustReject: false },
      ];
  }
}

// ---------------------------------------------------------------------------
// fast-check: random values of every kind, judged by the same rules.

const NASTY_UNITS = ['\u0000', '\u0007', '\u001b', '\u0085', '\uD800', '\uDFFF', '\u202E', '\u200B', '\uFEFF', '%', '_', '\\', "'", '"', '<', '>', '&', '中', '😀', '\t', '\n', ' ', 'a', 'Z', '9'];

const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: fc.constantFrom(...NASTY_UNITS), maxLength: 24 }),
  fc.constantFrom("' OR '1'='1", '1; SELECT pg_sleep(5)', '"><img src=x onerror=alert(1)>', '${7*7}', '{{7*7}}', '../../etc/passwd', '%00', 'null', 'undefined', 'true'),
);

const decimalLike = fc.oneof(
  fc.double().filter((d) => Number.isFinite(d)).map(String),
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(String),
  fc.stringMatching(/^-?\d{1,16}(\.\d{0,7})?$/),
  fc.constantFrom('1e5', '+1', '.5', '5.', '\u22121', '\uff11', '1,000.00', '\u0661\u0662', '1_000', '0b11', '--1', ''),
);

const dateLike = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 32 })).map(
    ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  nastyString,
);

const monthLike = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 14 })).map(([y, m]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`),
  nastyString,
);

const floatLike: fc.Arbitrary<Hostile> = fc.double({ noNaN: true }).map((d) => (Number.isFinite(d) ? (Object.is(d, -0) ? negativeZero : d) : { raw: d > 0 ? '1e309' : '-1e309', parsed: d }));

const intLike: fc.Arbitrary<Hostile> = fc.oneof(fc.integer(), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, -(2 ** 53)), fc.integer({ min: -5, max: 5 }));

/** A random value for a field of this kind, with whether it must be refused. */
export function arbitraryFor(facts: FieldFacts): fc.Arbitrary<HostileValue> {
  const judged = (arb: fc.Arbitrary<Hostile>, mustReject: (v: Hostile) => boolean) =>
    arb.map((value): HostileValue => ({ category: 'fast-check', value, mustReject: mustReject(value) }));
  const illFormed = (v: Hostile) => typeof v === 'string' && (v.includes('\u0000') || /\p{Cs}/u.test(v));
  const tooLong = (v: Hostile) => typeof v === 'string' && facts.maxLength !== undefined && [...v.trim()].length > facts.maxLength;
  switch (facts.kind) {
    case 'text':
    case 'code':
    case 'secret':
      return judged(nastyString, (v) => illFormed(v) || tooLong(v));
    case 'decimal':
    case 'money':
      return judged(decimalLike, (v) => typeof v === 'string' && (!isPlainDecimal(v) || (facts.kind === 'money' && /\.\d{3,}/.test(v))));
    case 'date':
      return judged(dateLike, (v) => typeof v === 'string' && !isRealDate(v));
    case 'month':
      return judged(monthLike, (v) => typeof v === 'string' && !isRealMonth(v));
    case 'id':
      // Random UUIDs name nothing in the organisation; anything else is no id at all.
      return judged(fc.oneof(fc.uuid(), nastyString), () => true);
    case 'int':
      return judged(intLike, (v) => typeof v === 'number' && (!Number.isInteger(v) || Math.abs(v) > 2 ** 31 - 1));
    case 'float':
      return judged(floatLike, (v) => isRaw(v) && !Number.isFinite(v.parsed));
  }
}

/** How a value reads in a failure message (long ones shortened). */
export const show = (v: Hostile): string => {
  if (isRaw(v)) return v.raw;
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 40)}…(${typeof v === 'string' ? v.length : 0} chars)` : s;
};

/** Sends the request, writing Infinity and -0 as the literals a hostile client would put in the JSON. */
export function send(t: TestApp, query: string, variables: Record<string, unknown>, token: string | undefined): Promise<GqlResult<Json>> {
  const raws: string[] = [];
  let body = JSON.stringify({ query, variables }, (_key, v) => (isRaw(v) ? `\u0001raw${raws.push(v.raw) - 1}\u0001` : v));
  raws.forEach((raw, i) => (body = body.replace(`"\\u0001raw${i}\\u0001"`, raw)));
  return t.gql(query, {}, { token, rawBody: body });
}

/** What a suite tried, per category, and what it accepted wrongly, with why: the figures the suites print. */
export class Tally<C extends string> {
  private readonly counts = new Map<C, { tried: number; wrong: number }>();
  readonly wrongs: string[] = [];

  /** One value or request tried; `reason` says why its answer was wrong, null when it was right. */
  count(category: C, reason: string | null, what: string): void {
    const n = this.counts.get(category) ?? { tried: 0, wrong: 0 };
    n.tried++;
    this.counts.set(category, n);
    if (reason) this.wrong(category, `${what}: ${reason}`);
  }

  /** A wrong answer found for a group of tries already counted (a write by requests that were all refused). */
  wrong(category: C, why: string): void {
    const n = this.counts.get(category) ?? { tried: 0, wrong: 0 };
    n.wrong++;
    this.counts.set(category, n);
    this.wrongs.push(`${category}: ${why}`);
  }

  /** The categories of `all` with nothing tried: they would print nothing and prove nothing. */
  untried(all: readonly C[]): C[] {
    return all.filter((category) => !this.counts.get(category)?.tried);
  }

  /** A line per category and a total, as `hostile: <category>: N tried, N accepted wrongly`; nothing when nothing ran. */
  report(total: string, detail?: string): string[] {
    const lines = [...this.counts.entries()].map(([category, n]) => `hostile: ${category}: ${n.tried} tried, ${n.wrong} accepted wrongly`);
    const sum = [...this.counts.values()].reduce((s, n) => ({ tried: s.tried + n.tried, wrong: s.wrong + n.wrong }), { tried: 0, wrong: 0 });
    if (sum.tried === 0) return [];
    return [...lines, `hostile: total (${total}): ${sum.tried} tried, ${sum.wrong} accepted wrongly${detail ? ` (${detail})` : ''}`];
  }
}
