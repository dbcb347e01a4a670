import type { CopyKind } from '../../../electron/contract/api.ts';

export const copyKindNames: Record<CopyKind, string> = { 'sao-y': 'Sao y bản chính', 'sao-luc': 'Sao lục', 'trich-sao': 'Trích sao' };
