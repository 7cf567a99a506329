// Limitation (诉讼时效) and guarantee-period (保证期间) engine: pure, explainable, table-tested.
export * from './rules';
export * from './events';
export * from './engine';
export * from './alerts';
export * from './messages';
export * from './acknowledgements';
