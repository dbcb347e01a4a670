import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { securityHeaders } from '../security.ts';

/** The built UI, from the sources (electron/web/) and from a bundle (dist/cli/, dist/web/) alike. */
export const defaultStaticDir = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

/**
 * The UI's built files (dist/renderer), served to the desktop window (file: URLs) and to the
 * browser (http://127.0.0.1). Only files inside the folder are ever read.
 */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticFile = { status: 200; body: Buffer; contentType: string } | { status: 404 };

const notFound: StaticFile = { status: 404 };

/**
 * The absolute path of `relativePath` inside `root`, or null when it would leave the folder
 * ("..", an absolute path, a drive letter, a NUL byte).
 */
export function resolveInside(root: string, relativePath: string): string | null {
  if (relativePath.includes('\0')) return null;
  const base = resolve(root);
  const full = resolve(base, `.${sep}${relativePath.replace(/^[/\\]+/, '')}`);
  const rel = relative(base, full);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) return full;
  return null;
}

async function isInsideReal(root: string, path: string): Promise<boolean> {
  try {
    const [realRoot, realPath] = await Promise.all([realpath(root), realpath(path)]);
    const rel = relative(realRoot, realPath);
    return !rel.startsWith('..') && !isAbsolute(rel);
  } catch {
    return false;
  }
}

/** Reads one file of the UI folder: 404 for anything missing, outside the folder, or a folder. */
export async function readStatic(root: string, relativePath: string): Promise<StaticFile> {
  const full = resolveInside(root, relativePath);
  if (full === null) return notFound;
  try {
    const info = await stat(full);
    const file = info.isDirectory() ? join(full, 'index.html') : full;
    if (!(await isInsideReal(root, file))) return notFound;
    return { status: 200, body: await readFile(file), contentType: contentTypeFor(file) };
  } catch {
    return notFound;
  }
}

/** A URL path as a file path: percent-decoded; null when it cannot be decoded. */
export function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * The desktop window's `file:` handler (installed with `protocol.handle('file', …)`): serves the
 * UI folder with the security headers (a file: page cannot get a CSP any other way) and refuses
 * every other file on the disk, so a compromised page cannot read the user's files.
 */
export async function fileResponse(request: Pick<Request, 'url' | 'method'>, root: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  let path: string;
  try {
    path = fileURLToPath(request.url);
  } catch {
    return new Response(null, { status: 404 });
  }
  const rel = relative(resolve(root), path);
  const file = rel.startsWith('..') || isAbsolute(rel) ? notFound : await readStatic(root, rel);
  if (file.status !== 200) return new Response(null, { status: 404, headers: securityHeaders() });
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
    status: 200,
    headers: { ...securityHeaders(), 'Content-Type': file.contentType },
  });
}
