export * from './levels';
export * from './kpi';
export * from './roll-up';
