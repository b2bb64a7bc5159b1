export * from './overlap';
export * from './conflicts';
export * from './series';
export * from './group-rules';
export * from './session-rules';
export * from './order';
export * from './session-draft';
export * from './group-progress';
