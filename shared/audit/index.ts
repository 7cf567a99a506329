export * from './canonicalJson';
export * from './auditLog';
export * from './chainCheck';
export * from './upload';
export * from './chainReport';
export * from './salvage';
