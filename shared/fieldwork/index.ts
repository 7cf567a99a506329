// Field work: pure domain logic for activities, promises, plans, receipts, case status, visits and My day.
export * from './outcomes';
export * from './records';
export * from './promises';
export * from './plans';
export * from './receipts';
export * from './caseStatus';
export * from './visits';
export * from './priority';
export * from './myDay';
export * from './messages';
