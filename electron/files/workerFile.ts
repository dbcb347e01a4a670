import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The file of worker thread `name` beside the module that starts it (`moduleUrl`: its
 * import.meta.url), with that module's extension: `.ts` beside the sources, the bundle's own
 * beside a bundle, where scripts/bundle.ts builds each worker (its WORKERS table).
 */
export function workerBeside(name: string, moduleUrl: string): URL {
  return new URL(`./${name}${extname(fileURLToPath(moduleUrl))}`, moduleUrl);
}
