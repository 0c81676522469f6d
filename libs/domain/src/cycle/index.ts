export * from './calendar';
export * from './stage-rules';
export * from './owner-departments';
