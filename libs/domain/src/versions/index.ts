export * from './snapshot';
export * from './diff';
export * from './letters';
