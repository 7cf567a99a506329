export * from './versions';
export * from './primitives';
export * from './ids';
export * from './hlc';
export * from './mutationArgs';
export * from './mutations';
export * from './protocol';
