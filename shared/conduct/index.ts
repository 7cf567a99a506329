// Conduct re-checked at head office (issue 17 §6): exceptions, the re-check, per-collector counts.
export * from './exceptions';
export * from './recheck';
export { attemptOf } from './attempts';
export { conductByCollector, isOpenException, openExceptions, type CollectorConduct } from './inbox';
