import type { Block, Resolution } from '../../electron/contract/model/index.ts';
import type { EditsInput } from '../../electron/services/documentEdits.ts';
import { organizations } from './benchOrgs.ts';
import { body, documentFor, loadSources } from './generate.ts';
import { prng } from './random.ts';

/** How many pages one generated body (two parts, 8 long paragraphs, 4 bullets) prints on, about. */
const PAGES_PER_BODY = 4.5;

/**
 * A generated resolution of about `pages` pages as LibreOffice prints its .docx: the bench
 * generator's document of the first district for `year` (header, targets, appendix, signature),
 * its body followed by more generated bodies (new text drawn from the seed resolutions, without a
 * second targets block). The same `pages` and `seed` always give the same document.
 */
export function longResolution(pages: number, seed = 1, year = 2026): Resolution {
  const src = loadSources();
  const random = prng(seed * 7919 + pages);
  const org = organizations()[0];
  if (!org) throw new Error('Không có tổ chức mẫu');
  const doc = documentFor(random, src, org, year, 1);
  const blocks: Block[] = [...doc.body];
  for (let n = 1; n < Math.round(pages / PAGES_PER_BODY); n += 1) {
    blocks.push(...body(random, src, org, year).filter((b) => b.type !== 'targets'));
  }
  return { ...doc, body: blocks };
}

/**
 * What the editor sends after a word typed in the middle of `content`'s body (saveEdits, against
 * `content` as stored): the block in the middle replaced by a paragraph of `text`, the rest kept.
 */
export function middleEdit(content: Resolution, text: string): EditsInput['content'] {
  const { body: stored, ...rest } = content;
  const middle = Math.floor(stored.length / 2);
  const changed: Block = { type: 'paragraph', runs: [{ type: 'text', text }] };
  return { ...rest, body: [{ type: 'kept', from: 0, to: middle }, changed, { type: 'kept', from: middle + 1, to: stored.length }] };
}
