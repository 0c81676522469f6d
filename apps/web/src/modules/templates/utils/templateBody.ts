import { parsePlanTemplate } from '@opsplan/domain';
import type { PlanTemplate, TemplateProblem } from '@opsplan/domain';

export type ReadTemplate = { ok: true; template: PlanTemplate } | { ok: false; problem: TemplateProblem };

/** A template's JSON text as the API sends it, checked by the same rules the API applies. */
export function readTemplateBody(body: string): ReadTemplate {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { ok: false, problem: { path: '', message: error instanceof Error ? error.message : String(error) } };
  }
  const parsed = parsePlanTemplate(json);
  return parsed.ok ? { ok: true, template: parsed.template } : { ok: false, problem: parsed.problems[0] ?? { path: '', message: '' } };
}

/** The JSON text to download: indented, so a person can edit it and import it again. */
export function exportableJson(body: string): string {
  try {
    return `${JSON.stringify(JSON.parse(body), null, 2)}\n`;
  } catch {
    return body;
  }
}
