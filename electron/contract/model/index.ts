export * from './inline.ts';
export * from './body.ts';
export * from './targets.ts';
export * from './parts.ts';
export * from './resolution.ts';
export * from './status.ts';
export * from './office.ts';
export * from './comments.ts';
