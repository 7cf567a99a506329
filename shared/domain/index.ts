export * from './case';
export * from './money';
export * from './capitals';
export * from './buckets';
export * from './masks';
export * from './idNumber';
export * from './staff';
