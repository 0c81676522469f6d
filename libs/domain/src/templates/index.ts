export * from './types';
export { parsePlanTemplate } from './parse';
export { instantiateTemplate } from './instantiate';
export type { InstantiateResult } from './instantiate';
export { localize, withDefaultParameters } from './text';
export { templateFromPlan } from './from-plan';
export { BUILT_IN_TEMPLATES, builtInTemplate } from './built-in';
