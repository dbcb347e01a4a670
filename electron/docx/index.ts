export { buildDocument } from './build.ts';
export { renderDocx, writeDocxAtomic, type RenderOptions } from './pack.ts';
export { numberHeadings, type NumberedBlock, type NumberedHeading } from './numbering.ts';
