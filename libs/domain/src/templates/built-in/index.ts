import type { PlanTemplate } from '../types';
import { CORPORATE_TEMPLATE } from './corporate';
import { ECOMMERCE_TEMPLATE } from './ecommerce';
import { RESTAURANT_TEMPLATE } from './restaurant';

/** The templates every organisation has, in the order the gallery shows them. */
export const BUILT_IN_TEMPLATES: readonly PlanTemplate[] = [CORPORATE_TEMPLATE, ECOMMERCE_TEMPLATE, RESTAURANT_TEMPLATE];

export function builtInTemplate(key: string): PlanTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.key === key);
}
