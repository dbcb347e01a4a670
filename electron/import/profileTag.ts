import { sniff } from '../ooxml/sniff.ts';
import { openZip } from '../ooxml/zip.ts';

/**
 * The format profile our own exports name in docProps/core.xml (`<cp:keywords>hd05-2026</cp:keywords>`,
 * written by docx/properties.ts), or null for any other file. Read-only, through the safe zip reader.
 */
export function readProfileTag(bytes: Uint8Array): string | null {
  if (sniff(bytes) !== 'zip') return null;
  const zip = openZip(bytes);
  if (!zip.ok || !zip.value.has('docProps/core.xml')) return null;
  const core = zip.value.read('docProps/core.xml');
  if (!core.ok) return null;
  const m = /<cp:keywords>\s*([a-z0-9-]+)\s*<\/cp:keywords>/u.exec(new TextDecoder('utf-8').decode(core.value));
  return m?.[1] ?? null;
}
