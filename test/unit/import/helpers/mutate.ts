import JSZip from 'jszip';
import { rawZip } from './zipPatch.ts';

/** A seeded PRNG (mulberry32) and the mutations the fuzz test applies to real inputs. */
export type Rng = { next(): number; int(n: number): number; pick<T>(list: readonly T[]): T };

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)] as (typeof list)[number] };
}

export function flipBytes(bytes: Uint8Array, r: Rng): Uint8Array {
  const out = new Uint8Array(bytes);
  const count = 1 + r.int(20);
  for (let i = 0; i < count; i++) out[r.int(out.length)] = r.int(256);
  return out;
}

export function truncate(bytes: Uint8Array, r: Rng): Uint8Array {
  return bytes.slice(0, r.int(bytes.length));
}

export function insertBytes(bytes: Uint8Array, r: Rng): Uint8Array {
  const at = r.int(bytes.length);
  const junk = Uint8Array.from({ length: 1 + r.int(64) }, () => r.int(256));
  const out = new Uint8Array(bytes.length + junk.length);
  out.set(bytes.subarray(0, at));
  out.set(junk, at);
  out.set(bytes.subarray(at), at + junk.length);
  return out;
}

export function cutChunk(bytes: Uint8Array, r: Rng): Uint8Array {
  const at = r.int(bytes.length);
  const len = 1 + r.int(Math.min(4096, bytes.length - at));
  const out = new Uint8Array(Math.max(0, bytes.length - len));
  out.set(bytes.subarray(0, at));
  out.set(bytes.subarray(at + len), at);
  return out;
}

/** Corrupts one entry of a ZIP: its local header, its data, or its declared size, method or CRC. */
export function corruptEntry(bytes: Uint8Array, r: Rng): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  const central: number[] = [];
  for (let i = 0; i + 46 < out.length; i++) if (view.getUint32(i, true) === 0x02014b50) central.push(i);
  if (central.length === 0) return flipBytes(bytes, r);
  const c = r.pick(central);
  const local = view.getUint32(c + 42, true);
  switch (r.int(5)) {
    case 0:
      for (let k = 0; k < 4 && local + 30 < out.length; k++) out[local + r.int(30)] = r.int(256);
      break;
    case 1: {
      const size = view.getUint32(c + 20, true);
      const start = local + 30 + (local + 30 < out.length ? view.getUint16(local + 26, true) + view.getUint16(local + 28, true) : 0);
      for (let k = 0; k < 1 + r.int(8) && size > 0; k++) {
        const at = start + r.int(size);
        if (at < out.length) out[at] = r.int(256);
      }
      break;
    }
    case 2:
      view.setUint32(c + 24, r.pick([0, 1, 0xffffffff, r.int(1 << 30)]), true);
      break;
    case 3:
      view.setUint16(c + 10, r.pick([0, 1, 9, 12, 99]), true);
      break;
    default:
      view.setUint32(c + 16, r.int(0xffffffff), true);
  }
  return out;
}

export type Entry = { name: string; data: Uint8Array };

/** The parts of a .docx, unzipped once. */
export async function unzipEntries(docx: Uint8Array): Promise<Entry[]> {
  const zip = await JSZip.loadAsync(docx);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
  return Promise.all(names.map(async (name) => ({ name, data: (await zip.file(name)?.async('uint8array')) ?? new Uint8Array() })));
}

/** Re-packs a .docx with one XML part mutated as text (valid ZIP, broken or odd XML). */
export function mutateXmlPart(entries: readonly Entry[], r: Rng): Uint8Array {
  const names = entries.filter((e) => /\.(xml|rels)$/.test(e.name)).map((e) => e.name);
  const name = r.int(3) === 0 ? r.pick(names) : 'word/document.xml';
  return rawZip(
    entries.map((e) => (e.name === name ? { name, data: new TextEncoder().encode(mutateText(new TextDecoder().decode(e.data), r)) } : e)),
  );
}

const SNIPPETS = [
  '<',
  '>',
  '&',
  '&amp;',
  '&bogus;',
  '</w:p>',
  '<w:p>',
  '<w:tbl>',
  '"',
  "'",
  '<!DOCTYPE x>',
  '<![CDATA[',
  '<?x?>',
  '\u0000',
  '𝔘',
  'NGHỊ QUYẾT',
  'Nơi nhận:',
  '\t',
  '\n',
  '- ',
  '1. ',
  '**',
  '*',
  '¹ ',
];

/** Text-level mutations: flips of characters, deleted, duplicated or swapped lines, inserted snippets. */
export function mutateText(text: string, r: Rng): string {
  let s = text;
  const rounds = 1 + r.int(6);
  for (let i = 0; i < rounds; i++) {
    const at = r.int(s.length + 1);
    switch (r.int(6)) {
      case 0:
        s = s.slice(0, at) + r.pick(SNIPPETS) + s.slice(at);
        break;
      case 1:
        s = s.slice(0, at) + s.slice(at + 1 + r.int(200));
        break;
      case 2: {
        const lines = s.split('\n');
        const k = r.int(lines.length);
        lines.splice(r.int(lines.length), 0, lines[k] ?? '');
        s = lines.join('\n');
        break;
      }
      case 3: {
        const lines = s.split('\n');
        const a = r.int(lines.length);
        const b = r.int(lines.length);
        [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
        s = lines.join('\n');
        break;
      }
      case 4:
        s = s.slice(0, at);
        break;
      default:
        s = s.slice(0, at) + String.fromCharCode(r.int(0x2000)) + s.slice(at + 1);
    }
  }
  return s;
}
