import { planYearBounds } from '../../cascade/pace';
import { isIsoDate, timingDates } from '../dates';
import { Problems } from '../parse/reader';
import type { BlueprintLanguage, PlanTemplate, TemplateChoices } from '../types';

export const MIN_PLAN_YEAR = 2000;
export const MAX_PLAN_YEAR = 2100;

export interface PlanStart {
  year: number;
  startDate: string;
  /** The last day of the template's horizon. */
  endDate: string;
  fiscalYearStartMonth: number;
}

const LANGUAGES: readonly BlueprintLanguage[] = ['zh-CN', 'en', 'bilingual'];

export function checkLanguage(language: unknown, problems: Problems): BlueprintLanguage {
  if (LANGUAGES.includes(language as BlueprintLanguage)) return language as BlueprintLanguage;
  problems.add('language', `must be one of ${LANGUAGES.join(', ')}`);
  return 'en';
}

/**
 * When the plan starts. An annual plan runs the organisation's fiscal year,
 * as the cascade's pace and the planning cycle count it (planYearBounds): the
 * plan year 2027 with a fiscal year from April starts on 2027-04-01. A launch
 * starts on the day chosen, and its plan year is that day's year.
 */
export function planStart(template: PlanTemplate, choices: TemplateChoices, problems: Problems): PlanStart | null {
  const fiscalYearStartMonth = choices.fiscalYearStartMonth ?? 1;
  if (!Number.isInteger(fiscalYearStartMonth) || fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
    problems.add('fiscalYearStartMonth', 'must be a month, 1–12');
    return null;
  }
  const start = template.start === 'planYear' ? fromPlanYear(choices.planYear, fiscalYearStartMonth, problems) : fromStartDate(choices.startDate, problems);
  if (!start) return null;
  return { ...start, fiscalYearStartMonth, endDate: timingDates(start.startDate, 0, template.horizonMonths).dueDate };
}

function fromPlanYear(planYear: unknown, fiscalYearStartMonth: number, problems: Problems): { year: number; startDate: string } | null {
  if (typeof planYear !== 'number' || !Number.isInteger(planYear) || planYear < MIN_PLAN_YEAR || planYear > MAX_PLAN_YEAR) {
    problems.add('planYear', planYear === undefined ? 'is required: this template plans a year' : `must be a year between ${MIN_PLAN_YEAR} and ${MAX_PLAN_YEAR}`);
    return null;
  }
  return { year: planYear, startDate: planYearBounds(planYear, fiscalYearStartMonth).start };
}

function fromStartDate(startDate: unknown, problems: Problems): { year: number; startDate: string } | null {
  if (!isIsoDate(startDate)) {
    problems.add('startDate', startDate === undefined ? 'is required: this template starts on a chosen day' : 'must be a real day written YYYY-MM-DD');
    return null;
  }
  const year = Number(startDate.slice(0, 4));
  if (year < MIN_PLAN_YEAR || year > MAX_PLAN_YEAR) {
    problems.add('startDate', `must be in a year between ${MIN_PLAN_YEAR} and ${MAX_PLAN_YEAR}`);
    return null;
  }
  return { year, startDate };
}
