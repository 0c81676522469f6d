import { withDefaultParameters } from '@opsplan/domain';
import type { LocalizedText, PlanTemplate } from '@opsplan/domain';

/** What a template's card says about it at a glance. */
export interface TemplateSummary {
  /** Levels of the cascade the template fills (strategy to activity: at most five). */
  levels: number;
  departments: number;
  kpis: number;
  months: number;
  /** Titles as they read with the parameters' defaults. */
  objectives: LocalizedText[];
}

export function summarizeTemplate(template: PlanTemplate): TemplateSummary {
  return {
    levels: new Set(template.nodes.map((node) => node.level)).size,
    departments: template.departments.length,
    kpis: template.nodes.filter((node) => node.kpi).length,
    months: template.horizonMonths,
    objectives: template.nodes.filter((node) => node.level === 'objective').map((node) => withDefaultParameters(template.parameters, node.title)),
  };
}
