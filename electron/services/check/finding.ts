/** One deviation from the format profile: where, what is wrong, and how to fix it. */
export type Finding = {
  code: string;
  severity: 'error' | 'warning';
  /** Field path in the document model, e.g. "recipients.lines[8]". */
  path: string;
  message: string;
  fix: string;
};

export function error(code: string, path: string, message: string, fix: string): Finding {
  return { code, severity: 'error', path, message, fix };
}

export function warning(code: string, path: string, message: string, fix: string): Finding {
  return { code, severity: 'warning', path, message, fix };
}
