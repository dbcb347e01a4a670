import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiName, ApiRequest, ApiResult } from '../../../electron/contract/api.ts';
import type { Result } from '../../../electron/contract/result.ts';
import { startWebServer, type WebServer } from '../../../electron/web/server.ts';
import { projectRoot, rendererDist } from './renderer.ts';

/** Where the e2e tests keep their screenshots and exports (git-ignored). */
export const artifactsDir = join(projectRoot, 'test-artifacts/e2e');

export function ensureArtifactsDir(): string {
  mkdirSync(artifactsDir, { recursive: true });
  return artifactsDir;
}

export type App = { dir: string; web: WebServer; close: () => Promise<void> };
/** What a client needs of a running server: its address and token (one in this process, or in its own: test/bench/appProcess.ts). */
export type WebAddress = Pick<WebServer, 'url' | 'port' | 'token'>;

/**
 * Browser mode as `npm run web` starts it, on a fresh database in a temp folder: the server opens
 * the empty file and seeds the demo (unless `demo: false`: then the first screen shows), then serves
 * dist/renderer (or `staticDir`: another build, for a side-by-side bench) and the contract.
 */
export async function startApp(prefix = 'soan-nq-e2e-', options: { demo?: boolean; staticDir?: string } = {}): Promise<App> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const web = await startWebServer({
    dbPath: join(dir, 'data.sqlite'),
    staticDir: options.staticDir ?? rendererDist,
    who: 'Thư ký thử',
    demo: options.demo ?? true,
  });
  return {
    dir,
    web,
    close: async () => {
      await web.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Calls a verb of the contract over the server's HTTP transport, as the page does; throws on an error result. */
export async function callApi<K extends ApiName>(web: WebAddress, name: K, request: ApiRequest<K>): Promise<ApiResult<K>> {
  const res = await fetch(`http://127.0.0.1:${web.port}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${web.token}` },
    body: JSON.stringify(request),
  });
  const result = (await res.json()) as Result<ApiResult<K>>;
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value;
}
