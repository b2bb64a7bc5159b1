export * from './program-schema';
export * from './program-rules';
export * from './directory-schema';
export * from './references';
