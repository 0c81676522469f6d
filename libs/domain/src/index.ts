export * from './access/roles';
export * from './access/permissions';
export * from './identity/password-policy';
export * from './identity/organization-rules';
export * from './tree/tree-rules';
export * from './cascade';
export * from './cycle';
export * from './versions';
