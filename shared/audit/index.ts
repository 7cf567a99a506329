export * from './canonicalJson';
export * from './auditLog';
