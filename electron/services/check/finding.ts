import type { Finding } from '../../contract/model/office.ts';

export type { Finding };

export function error(code: string, path: string, message: string, fix: string): Finding {
  return { code, severity: 'error', path, message, fix };
}

export function warning(code: string, path: string, message: string, fix: string): Finding {
  return { code, severity: 'warning', path, message, fix };
}
