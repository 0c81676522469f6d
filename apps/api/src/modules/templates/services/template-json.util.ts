import { budgetAccess, parsePlanTemplate, PlanTemplate, Role, TemplateProblem } from '@opsplan/domain';
import type { Row } from '../../../database/versioned-update';
import { AppError, badInput } from '../../../common/errors/app-error';
import type { PlanTemplateDto } from '../dtos/plan-template.dto';

/** A built-in template's id: its key after this prefix. */
export const BUILT_IN_PREFIX = 'builtin:';

/** The largest template body stored (the table's check allows 2,000,000 bytes of jsonb). */
export const TEMPLATE_MAX_BYTES = 2_000_000;

/** BAD_USER_INPUT on `field`, naming the first problem, with every problem in extensions.problems. */
export function templateProblems(field: string, intro: string, problems: readonly TemplateProblem[]): AppError {
  const [first] = problems;
  const where = first.path ? `${first.path}: ` : '';
  return badInput(field, `${intro} ${where}${first.message}`.trim(), { problems: problems.map(({ path, message }) => ({ path, message })) });
}

/** The template the body holds, or BAD_USER_INPUT on `field` with every problem parsePlanTemplate found. */
export function parsedOrBadInput(body: unknown, field: string, intro: string): PlanTemplate {
  const parsed = parsePlanTemplate(body);
  if (!parsed.ok) throw templateProblems(field, intro, parsed.problems);
  return parsed.template;
}

/**
 * JSON text parsed, or BAD_USER_INPUT on `field` saying where it broke:
 * line, column and position.
 */
export function parseJson(text: string, field: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    const given = /at position (\d+)/.exec(reason);
    const position = given ? Number(given[1]) : errorPosition(text);
    const before = text.slice(0, position).split('\n');
    const where = `line ${before.length}, column ${before[before.length - 1].length + 1} (position ${position})`;
    // (V8 may quote the text itself after the reason; the caller has it)
    const what = reason.replace(/ in JSON at position \d+.*$/s, '').replace(/, (\.\.\.)?".*$/s, '');
    throw badInput(field, `The template is not valid JSON at ${where}: ${what}.`);
  }
}

/**
 * Where JSON text goes wrong when JavaScript's message does not say (an
 * unexpected first character of a value, text that stops): the shortest
 * prefix that fails other than by ending early ends there. A binary search
 * over prefixes (a few dozen parses even for 2 MB, and only on this path)
 * for the first character no valid JSON could continue with.
 */
function errorPosition(text: string): number {
  // A prefix ends early when the parser stops at its very end ("Unexpected end", or a position equal to its length).
  const brokenWithin = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      const message = (error as Error).message;
      const at = /at position (\d+)/.exec(message);
      return at ? Number(at[1]) < length : !/Unexpected end of JSON input/.test(message);
    }
  };
  let low = 0;
  let high = text.length;
  if (!brokenWithin(high)) return text.length;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (brokenWithin(mid)) high = mid;
    else low = mid + 1;
  }
  return Math.max(0, low - 1);
}

/** The size of a body as stored text; refused with BAD_USER_INPUT on `field` beyond TEMPLATE_MAX_BYTES. */
export function assertTemplateSize(text: string, field: string, what: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > TEMPLATE_MAX_BYTES) {
    throw badInput(field, `${what} is ${(bytes / 1_000_000).toFixed(1)} MB; a template may be at most ${TEMPLATE_MAX_BYTES / 1_000_000} MB.`);
  }
}

/**
 * The template as `role` may read it. An organisation's own template saved
 * from a plan carries that plan's budget (salaries too), while every member
 * may list templates: those who may not export the budget get the template
 * without it, and without the KPI targets that would follow it.
 */
export function visibleBody(template: PlanTemplate, role: Role): PlanTemplate {
  if (!template.budget || budgetAccess(role, { isHrManager: false, departmentId: null, locked: false })?.export) return template;
  const { budget: _budget, ...rest } = template;
  return {
    ...rest,
    nodes: template.nodes.map((n) => {
      if (!n.kpi?.budgetTarget) return n;
      const { budgetTarget: _target, ...kpi } = n.kpi;
      return { ...n, kpi };
    }),
  };
}

export function builtInDto(template: PlanTemplate): PlanTemplateDto {
  return {
    id: `${BUILT_IN_PREFIX}${template.key}`,
    key: template.key,
    builtIn: true,
    name: { zhCN: template.name['zh-CN'], en: template.name.en },
    description: { zhCN: template.description['zh-CN'], en: template.description.en },
    body: JSON.stringify(template),
    createdAt: null,
    version: 0,
  };
}

/** A plan_templates row as the API shows it to `role`. */
export function storedDto(row: Row, role: Role): PlanTemplateDto {
  const body = row.body as PlanTemplate;
  return {
    id: row.id as string,
    key: row.key as string,
    builtIn: false,
    name: { zhCN: row.name_zh as string, en: row.name_en as string },
    description: { zhCN: body.description['zh-CN'], en: body.description.en },
    body: JSON.stringify(visibleBody(body, role)),
    createdAt: row.created_at as Date,
    version: row.version as number,
  };
}

/** What the audit log keeps of a stored template (the body is the template itself, too large to repeat). */
export const templateAuditView = (row: Row) => ({ key: row.key, nameZh: row.name_zh, nameEn: row.name_en, deletedAt: row.deleted_at ?? null });

/** What a CONFLICT on a template carries. */
export const templateConflictView = (row: Row) => ({ id: row.id, key: row.key, deletedAt: row.deleted_at ?? null, version: row.version });
