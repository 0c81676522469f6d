import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isScalarType,
} from 'graphql';
import { codes, GqlResult, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import { buildOrgWorld, changedTables, closeOwnerSql, Footprint, foreignIds, OrgWorld } from '../support/org-world';
import { BASELINES, baselineContext, QUERY_BASELINES } from '../support/mutation-baselines';
import { documentFor, liveSchema } from '../support/operation-filler';
import { arbitraryFor, CATEGORIES, Category, curated, factsOf, FieldFacts, Hostile, HostileValue, isPlainDecimal, isRaw, send, show, Tally } from '../support/hostile-values';

/**
 * Every mutation (and every query argument), taken from the running app's
 * schema, gets hostile values in one field at a time while the rest of its
 * input stays valid for the caller's own organisation. Each answer must be a
 * clear, typed error that wrote nothing, or an acceptance whose value is
 * stored exactly as sent. Never a 500.
 */

type Path = (string | number)[];

/** One scalar field of one operation's input, where hostile values go. */
interface Target {
  operation: string;
  /** the input type, or operation(argument) for a scalar argument */
  owner: string;
  field: string;
  path: Path;
  facts: FieldFacts;
  /** the baseline's value there (an id of the caller's organisation, for ids) */
  baseline: unknown;
}

type Context = ReturnType<typeof baselineContext>;

const SCALARS = new Set(['String', 'ID', 'Int', 'Float']);
/** Fields whose accepted value is not kept as sent by design: hashed, decoded or parsed. */
const NOT_KEPT_VERBATIM = new Set(['SignUpInput.password', 'SignInInput.password', 'AddAttachmentInput.contentBase64', 'ImportPlanTemplateInput.json']);
/** Values rendered into longer text (a template parameter in node titles). */
const RENDERED = new Set(['TemplateParameterValueInput.value']);
/** The API keeps floats to four decimals (weights, progress). */
const FLOAT_TOLERANCE = '0.00005';
/**
 * Fields a refusal may name instead of the one that was changed: the other
 * end of a date range ("cannot be due before it starts"), or a template
 * parameter named by its key (parameters.<key>).
 */
const ALSO_NAMED: Record<string, string[]> = {
  startDate: ['dueDate'],
  dueDate: ['startDate'],
  firstMonth: ['lastMonth'],
  lastMonth: ['firstMonth'],
  'TemplateParameterValueInput.key': ['parameters.'],
};
/** fast-check: a fixed seed, so a failure replays, and a modest number of runs. */
const FC = { seed: 20260607, mutationRuns: 240, queryRuns: 60 };

const keyOf = (t: Pick<Target, 'owner' | 'field'>) => (t.owner.includes('(') ? t.owner : `${t.owner}.${t.field}`);

/**
 * The scalar fields of an operation's arguments, walking the baseline's
 * values. Each input field is aimed at once where the baseline gives it a
 * value, and once more where it leaves the (optional) field out, such as a
 * figure that a line of another kind does not use: the hostile value is
 * added there.
 */
function targetsOf(operation: GraphQLField<unknown, unknown>, args: Record<string, unknown>, unclassified: Set<string>): Target[] {
  const given = new Map<string, Target>();
  const added = new Map<string, Target>();
  const scalar = (owner: string, field: string, type: GraphQLInputType, value: unknown, path: Path) => {
    const named = getNamedType(type);
    if (!isScalarType(named) || !SCALARS.has(named.name)) return;
    const key = owner.includes('(') ? owner : `${owner}.${field}`;
    const facts = factsOf(owner, field, named.name);
    if (!facts) return void unclassified.add(key);
    const list = isListType(getNullableType(type));
    const baseline = list ? (value as unknown[] | undefined)?.[0] : value;
    const found = baseline !== undefined && baseline !== null ? given : added;
    if (!found.has(key)) found.set(key, { operation: operation.name, owner, field, path: list ? [...path, 0] : path, facts, baseline });
  };
  const object = (type: GraphQLInputObjectType, value: Record<string, unknown>, path: Path) => {
    for (const f of Object.values(type.getFields())) walk(type.name, f.name, f.type, value[f.name], [...path, f.name]);
  };
  const walk = (owner: string, field: string, type: GraphQLInputType, value: unknown, path: Path) => {
    const named = getNamedType(type);
    if (!isInputObjectType(named)) return scalar(owner, field, type, value, path);
    if (Array.isArray(value)) value.forEach((v, i) => object(named, v as Record<string, unknown>, [...path, i]));
    else if (value && typeof value === 'object') object(named, value as Record<string, unknown>, path);
  };
  for (const arg of operation.args) {
    const named = getNamedType(arg.type);
    if (isInputObjectType(named)) walk(operation.name, arg.name, arg.type, args[arg.name], [arg.name]);
    else scalar(`${operation.name}(${arg.name})`, arg.name, arg.type, args[arg.name], [arg.name]);
  }
  return [...given.values(), ...added.values()];
}

/** Every scalar input field reachable from the mutations' arguments, as Type.field or operation(argument). */
function reachableFields(schema: GraphQLSchema): Set<string> {
  const out = new Set<string>();
  const visit = (type: GraphQLInputObjectType, seen: Set<string>) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    for (const f of Object.values(type.getFields())) {
      const named = getNamedType(f.type);
      if (isInputObjectType(named)) visit(named, seen);
      else if (SCALARS.has(named.name)) out.add(`${type.name}.${f.name}`);
    }
  };
  for (const op of Object.values(schema.getMutationType()!.getFields())) {
    for (const arg of op.args) {
      const named = getNamedType(arg.type);
      if (isInputObjectType(named)) visit(named, new Set());
      else if (SCALARS.has(named.name)) out.add(`${op.name}(${arg.name})`);
    }
  }
  return out;
}

/** The baseline's arguments with one value replaced (a missing optional field or list is created). */
function withValue(args: Record<string, unknown>, path: Path, value: Hostile): Record<string, unknown> {
  const copy = structuredClone(args);
  let node: Json = copy;
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i];
    if (node[step] === undefined || node[step] === null) node[step] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[step];
  }
  node[path[path.length - 1]] = value;
  return copy;
}

describe('hostile input to every operation', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let w: OrgWorld;
  let foreign: Map<string, string>;
  let fallbackForeignId: string;
  let footprint: Footprint;
  const marker = `hostile${randomUUID().slice(0, 8)}`;
  const tally = new Tally<Category>();
  const { wrongs } = tally;
  const outcomes = { refused: 0, stored: 0 };
  const contexts = new Map<string, Context>();

  beforeAll(async () => {
    t = await TestApp.start();
    schema = liveSchema(t);
    footprint = new Footprint(marker);
    await footprint.init();
    const [a, b] = await Promise.all([buildOrgWorld(t, 'Hostile A'), buildOrgWorld(t, 'Hostile B')]);
    w = a;
    foreign = foreignIds(a, b);
    fallbackForeignId = b.ids.department;
    footprint.watch(a);
    footprint.watch(b);
  }, 60_000);
  afterAll(async () => {
    const lines = tally.report('operation inputs', `${outcomes.refused} refused with a typed error, ${outcomes.stored} accepted and read back exactly`);
    if (lines.length) console.log(lines.join('\n'));
    await t?.stop();
    await closeOwnerSql();
  });

  /** One baseline context per operation, so what one operation used up is made again only for it. */
  function contextFor(operation: string): Context {
    if (!contexts.has(operation)) contexts.set(operation, baselineContext(t, w, footprint));
    return contexts.get(operation)!;
  }

  /** Why the answer to a refused value is wrong, or null when it is a clear error about that field. */
  function refusal(target: Target, hv: HostileValue, res: GqlResult<Json>): string | null {
    const [first] = res.errors ?? [];
    const code = first.extensions?.code;
    const named = `${String(first.extensions?.field ?? '')} ${first.message}`;
    switch (code) {
      case 'BAD_USER_INPUT': {
        const names = [target.field, ...(ALSO_NAMED[target.field] ?? []), ...(ALSO_NAMED[keyOf(target)] ?? [])];
        return names.some((n) => named.includes(n)) ? null : `refused, but names another field: ${JSON.stringify(first.extensions?.field)} "${first.message}"`;
      }
      case 'NOT_FOUND':
      case 'FORBIDDEN':
        return target.facts.kind === 'id' ? null : `${code} for a ${target.facts.kind} value`;
      case 'CONFLICT':
        return target.field === 'version' ? null : 'CONFLICT for a field that is not a version';
      case 'PAYLOAD_TOO_LARGE':
        return typeof hv.value === 'string' && hv.value.length * 3 > 256 * 1024 ? null : 'PAYLOAD_TOO_LARGE for a small request';
      case 'UNAUTHENTICATED':
      case 'RATE_LIMITED':
        return target.operation === 'signIn' ? null : `${code} for a signed-in caller`;
      default:
        return `unexpected code ${String(code)}`;
    }
  }

  /**
   * Whether the accepted value was stored exactly as sent: in a row the
   * request wrote or, when it wrote nothing (an update to what is already
   * there writes nothing), in the record its answer names.
   */
  async function storedExactly(target: Target, hv: HostileValue, horizon: string, changed: string[], answeredId: unknown): Promise<boolean> {
    const v = hv.value;
    const key = keyOf(target);
    if (NOT_KEPT_VERBATIM.has(key)) return true;
    const unwritten = changed.length === 0 && typeof answeredId === 'string' ? { id: answeredId } : undefined;
    if (changed.length === 0 && !unwritten) return false;
    if (isRaw(v) || typeof v === 'number') {
      const n = isRaw(v) ? v.parsed : v;
      if (!Number.isFinite(n)) return false;
      return footprint.holds(horizon, changed, { number: String(n === 0 ? 0 : n), tolerance: target.facts.kind === 'float' ? FLOAT_TOLERANCE : '0' }, unwritten);
    }
    // A blank optional text clears the field; surrounding white space is trimmed
    // from names on purpose; anything else must come back byte for byte.
    if (v.trim() === '') return true;
    const texts = [...new Set([v, v.trim()])];
    if (texts.some((s) => s.includes('\u0000') || /\p{Cs}/u.test(s))) return false;
    const decimal = (target.facts.kind === 'decimal' || target.facts.kind === 'money') && isPlainDecimal(v) ? v.trim() : undefined;
    return footprint.holds(horizon, changed, { texts, number: decimal, within: RENDERED.has(key) }, unwritten);
  }

  /** Sends one hostile value in one field and judges the answer; returns why it is wrong, or null. */
  async function attempt(kind: 'mutation' | 'query', op: GraphQLField<unknown, unknown>, target: Target, hv: HostileValue, base: () => Promise<{ caller: Session | undefined; args: Record<string, unknown> }>, c?: Context): Promise<string | null> {
    const { caller, args } = await base();
    const before = await footprint.take();
    const res = await send(t, documentFor(kind, op), withValue(args, target.path, hv.value), caller?.token);
    const after = await footprint.take();
    const changed = changedTables(before.digests, after.digests);
    if (res.status >= 500) return `HTTP ${res.status}`;
    const errors = res.errors ?? [];
    const untyped = errors.find((e) => typeof e.extensions?.code !== 'string' || e.extensions.code === 'INTERNAL_SERVER_ERROR');
    if (untyped) return `untyped error ${JSON.stringify(untyped)}`;
    if (errors.length) {
      if (changed.length) return `refused (${errors[0].extensions?.code}) but wrote ${changed.join(', ')}`;
      outcomes.refused++;
      return refusal(target, hv, res);
    }
    c?.reset();
    if (hv.mustReject) return 'accepted';
    if (kind === 'query') return null;
    const answered = (res.data as Record<string, { id?: unknown } | null> | undefined)?.[op.name];
    if (!(await storedExactly(target, hv, before.horizon, changed, answered?.id))) return `accepted, but not stored as sent (tables written: ${changed.join(', ') || 'none'})`;
    outcomes.stored++;
    return null;
  }

  function foreignFor(target: Target): string {
    return (typeof target.baseline === 'string' && foreign.get(target.baseline.toLowerCase())) || fallbackForeignId;
  }

  it('notices a write, and finds a stored value only when it is exact', async () => {
    const before = await footprint.take();
    const name = `Exact \u202E${marker} %_`;
    await t.createDepartment(w.roles.admin, name);
    const after = await footprint.take();
    const changed = changedTables(before.digests, after.digests);
    expect(changed.sort()).toEqual(['audit_log', 'departments']);
    expect(await footprint.holds(before.horizon, changed, { texts: [name] })).toBe(true);
    expect(await footprint.holds(before.horizon, changed, { texts: [name.slice(0, -1)] })).toBe(false);
    expect(await footprint.holds(after.horizon, changed, { texts: [name] })).toBe(false);
    // A record named by id holds the value whenever it was written; another record does not.
    const [made] = await ownerQuery<{ id: string }>(`SELECT id FROM departments WHERE name = $1`, [name]);
    expect(await footprint.holds(after.horizon, [], { texts: [name] }, { id: made.id })).toBe(true);
    expect(await footprint.holds(after.horizon, [], { texts: [name] }, { id: w.orgId })).toBe(false);
    // A refused request leaves every table as it was.
    const refused = await t.gql(`mutation { createDepartment(input: { name: "" }) { id } }`, {}, { token: w.roles.admin.token });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect((await footprint.take()).digests).toEqual(after.digests);
  });

  it('has a valid baseline for every mutation that takes arguments, and classifies every text field', async () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    const missing = mutations.filter((m) => m.args.length > 0 && !BASELINES[m.name]).map((m) => m.name);
    expect({ mutationsWithoutBaseline: missing }).toEqual({ mutationsWithoutBaseline: [] });
    expect({ baselinesWithoutMutation: Object.keys(BASELINES).filter((name) => !mutations.some((m) => m.name === name)) }).toEqual({ baselinesWithoutMutation: [] });

    const invalid: string[] = [];
    for (const m of mutations.filter((m) => BASELINES[m.name])) {
      const c = contextFor(m.name);
      const res = await send(t, documentFor('mutation', m), await BASELINES[m.name].args(c), (await BASELINES[m.name].caller(c))?.token);
      if (res.errors?.length) invalid.push(`${m.name}: ${JSON.stringify(res.errors[0])}`);
      c.reset();
    }
    expect(invalid).toEqual([]);
  }, 60_000);

  it('answers every curated hostile value in every mutation field with a clear error or stores it exactly', async () => {
    const firstWrong = wrongs.length;
    const unclassified = new Set<string>();
    const covered = new Set<string>();
    const all: { op: GraphQLField<unknown, unknown>; target: Target }[] = [];
    for (const op of Object.values(schema.getMutationType()!.getFields())) {
      const baseline = BASELINES[op.name];
      if (!baseline) continue;
      const c = contextFor(op.name);
      const base = async () => ({ caller: await baseline.caller(c), args: await baseline.args(c) });
      for (const target of targetsOf(op, (await base()).args, unclassified)) {
        covered.add(keyOf(target));
        all.push({ op, target });
        for (const hv of curated(target.facts, foreignFor(target))) {
          const reason = await attempt('mutation', op, target, hv, base, c);
          tally.count(hv.category, reason, `${op.name}(${target.path.join('.')}) = ${show(hv.value)}`);
        }
      }
    }
    expect({ unclassified: [...unclassified] }).toEqual({ unclassified: [] });
    expect({ uncovered: [...reachableFields(schema)].filter((f) => !covered.has(f)) }).toEqual({ uncovered: [] });

    // fast-check: random values of the right kind in random fields, replayable by the seed.
    const picks = fc.sample(
      fc.constantFrom(...all).chain((pick) => arbitraryFor(pick.target.facts).map((hv) => ({ ...pick, hv }))),
      { seed: FC.seed, numRuns: FC.mutationRuns },
    );
    for (const { op, target, hv } of picks) {
      const c = contextFor(op.name);
      const baseline = BASELINES[op.name];
      const reason = await attempt('mutation', op, target, hv, async () => ({ caller: await baseline.caller(c), args: await baseline.args(c) }), c);
      tally.count('fast-check', reason, `${op.name}(${target.path.join('.')}) = ${show(hv.value)} [seed ${FC.seed}]`);
    }
    expect(wrongs.slice(firstWrong)).toEqual([]);
    expect({ untried: tally.untried(CATEGORIES) }).toEqual({ untried: [] });
  }, 180_000);

  it('answers hostile values in every query argument with a clear error, never a 500', async () => {
    const firstWrong = wrongs.length;
    const unclassified = new Set<string>();
    const queries = Object.values(schema.getQueryType()!.getFields()).filter((q) => q.args.length > 0);
    expect({ queriesWithoutBaseline: queries.filter((q) => !QUERY_BASELINES[q.name]).map((q) => q.name) }).toEqual({ queriesWithoutBaseline: [] });
    const all: { op: GraphQLField<unknown, unknown>; target: Target }[] = [];
    for (const op of queries) {
      const base = async () => ({ caller: w.roles.admin, args: QUERY_BASELINES[op.name](w) });
      const valid = await send(t, documentFor('query', op), QUERY_BASELINES[op.name](w), w.roles.admin.token);
      expect({ query: op.name, errors: valid.errors }).toEqual({ query: op.name, errors: undefined });
      for (const target of targetsOf(op, QUERY_BASELINES[op.name](w), unclassified)) {
        all.push({ op, target });
        for (const hv of curated(target.facts, foreignFor(target))) {
          tally.count(hv.category, await attempt('query', op, target, hv, base), `${op.name}(${target.path.join('.')}) = ${show(hv.value)}`);
        }
      }
    }
    expect({ unclassified: [...unclassified] }).toEqual({ unclassified: [] });
    for (const { op, target, hv } of fc.sample(fc.constantFrom(...all).chain((pick) => arbitraryFor(pick.target.facts).map((hv) => ({ ...pick, hv }))), { seed: FC.seed, numRuns: FC.queryRuns })) {
      const reason = await attempt('query', op, target, hv, async () => ({ caller: w.roles.admin, args: QUERY_BASELINES[op.name](w) }));
      tally.count('fast-check', reason, `${op.name}(${target.path.join('.')}) = ${show(hv.value)} [seed ${FC.seed}]`);
    }
    expect(wrongs.slice(firstWrong)).toEqual([]);
  }, 60_000);

  /**
   * Filters of list queries: String arguments other than cursors and
   * invitation tokens. Each names a value that matches, and where to find
   * the items.
   */
  const FILTERS: Record<string, { query: string; matching: string; items: (data: Json) => unknown[] }> = {
    'auditLog(entity)': { query: `query($v: String) { auditLog(first: 200, entity: $v) { items { entity } } }`, matching: 'department', items: (d) => d.auditLog.items },
  };

  it('treats % and _ in search and filter arguments as themselves', async () => {
    const firstWrong = wrongs.length;
    const filters = Object.values(schema.getQueryType()!.getFields()).flatMap((q) =>
      q.args.filter((a) => getNamedType(a.type).name === 'String' && !['after', 'token'].includes(a.name)).map((a) => `${q.name}(${a.name})`),
    );
    expect(Object.keys(FILTERS).sort()).toEqual(filters.sort());
    for (const [name, f] of Object.entries(FILTERS)) {
      const exact = await t.gql<Json>(f.query, { v: f.matching }, { token: w.roles.admin.token });
      expect(f.items(exact.data).length).toBeGreaterThan(0);
      const m = f.matching;
      for (const pattern of ['%', '_', `${m.slice(0, 1)}_${m.slice(2)}`, `${m.slice(0, 3)}%`, `%${m.slice(3)}`, `${m}%`, `_${m.slice(1)}`, `${m.slice(0, 2)}\\_${m.slice(3)}`]) {
        const res = await t.gql<Json>(f.query, { v: pattern }, { token: w.roles.admin.token });
        // Either refused as no such value, or matched literally (nothing is called that).
        const literal = res.errors ? codes(res).every((c) => c === 'BAD_USER_INPUT') : f.items(res.data).length === 0;
        tally.count('search wildcards', literal && res.status < 500 ? null : `matched as a pattern: ${JSON.stringify(res.errors ?? f.items(res.data).length)}`, `${name} = ${JSON.stringify(pattern)}`);
      }
    }
    expect(wrongs.slice(firstWrong)).toEqual([]);
  });
});
