export * from './levels';
export * from './kpi';
export * from './roll-up';
export * from './node-access';
export * from './node-rules';
export * from './plan-status';
export * from './pace';
