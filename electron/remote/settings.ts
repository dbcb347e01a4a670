import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { FINGERPRINT_PATTERN } from '../contract/verbs/remote.ts';
import { userDataDir } from '../services/paths.ts';

/** The office server this computer works against: its address and the pinned certificate fingerprint. */
export type RemoteSettings = { address: string; fingerprint: string };

const settingsSchema = z
  .object({
    officeServer: z
      .object({ address: z.string().min(1), fingerprint: z.string().regex(FINGERPRINT_PATTERN) })
      .nullable()
      .optional(),
    officeHost: z.object({ listen: z.string().min(1), running: z.boolean() }).optional(),
  })
  .passthrough();

export const SETTINGS_FILE = 'settings.json';

/** The app's settings file, beside the database in the data folder (not in the database: a connection belongs to the computer). */
export function settingsPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(userDataDir(env), SETTINGS_FILE);
}

function readAll(path: string): Record<string, unknown> {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** The pinned office server, or null (working alone: the default, also for a missing or unreadable file). */
export function readRemoteSettings(path: string): RemoteSettings | null {
  const parsed = settingsSchema.safeParse(readAll(path));
  return parsed.success ? (parsed.data.officeServer ?? null) : null;
}

/** Writes the office server (null: working alone) atomically, keeping the file's other settings. */
export function writeRemoteSettings(path: string, settings: RemoteSettings | null): void {
  writeAll(path, { ...readAll(path), officeServer: settings });
}

function writeAll(path: string, all: Record<string, unknown>): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, path);
}

/** The office server this computer runs (Cơ quan › Máy chủ văn phòng): where it listens, and whether it ran when the app closed. */
export type HostSettings = { listen: string; running: boolean };

export function readHostSettings(path: string): HostSettings | null {
  const parsed = settingsSchema.safeParse(readAll(path));
  return parsed.success ? (parsed.data.officeHost ?? null) : null;
}

/** Writes the office server's own settings, keeping the file's others. */
export function writeHostSettings(path: string, settings: HostSettings): void {
  writeAll(path, { ...readAll(path), officeHost: settings });
}
