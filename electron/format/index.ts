export * from './numbers.ts';
export * from './dates.ts';
export * from './roman.ts';
export * from './ordinals.ts';
export * from './docNumber.ts';
export * from './profile.ts';
export * from './profiles/index.ts';
