import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { AppInfo } from '../contract/api.ts';
import { listProfiles } from '../format/profiles/index.ts';
import { listTemplates } from './templates.ts';

const PACKAGE_NAME = 'soan-nghi-quyet';

/**
 * The app's version from its package.json, found by walking up from this file: the same from the
 * sources, from dist/ and from inside the packaged app. "0.0.0" if it cannot be read.
 */
export function readAppVersion(from: URL = new URL('.', import.meta.url)): string {
  for (let dir = from, depth = 0; depth < 6; dir = new URL('..', dir), depth += 1) {
    try {
      const pkg: unknown = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
      if (
        typeof pkg === 'object' &&
        pkg !== null &&
        'name' in pkg &&
        pkg.name === PACKAGE_NAME &&
        'version' in pkg &&
        typeof pkg.version === 'string'
      ) {
        return pkg.version;
      }
    } catch {
      // Not here: look one folder up.
    }
  }
  return '0.0.0';
}

let cachedVersion: string | undefined;

/** Trợ giúp › Thông tin: version, where the data lives, which transport, the profiles and templates. */
export function appInfo(databasePath: string, transport: AppInfo['transport']): AppInfo {
  cachedVersion ??= readAppVersion();
  return {
    version: cachedVersion,
    databasePath,
    transport,
    profiles: listProfiles().map((p) => ({ id: p.id, name: p.name })),
    templates: listTemplates(),
  };
}

/** Who is working, for versions and the audit log: the operating system's user name. */
export function currentUserName(): string {
  try {
    const name = userInfo().username.trim();
    return name === '' ? 'người dùng' : name;
  } catch {
    return 'người dùng';
  }
}
