export * from './numbering';
export * from './verification';
export * from './qr';
export * from './eligibility';
export * from './snapshot';
export * from './design';
export * from './journal';
