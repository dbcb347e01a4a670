import type { Block, HeadingLevel } from '../../contract/model/body.ts';
import { runsToText as inlineText } from '../../contract/model/inline.ts';
import { limits } from '../../ooxml/limits.ts';
import type { TargetDraft } from './draft.ts';
import { statementTargets } from './statement.ts';
import { pushAll } from '../pushAll.ts';

/**
 * Targets written in the body, under a heading that names them ("II. CÁC CHỈ TIÊU CHỦ YẾU"),
 * up to the next heading of the same or a higher level: a field heading inside it ("1. Về kinh
 * tế:") is a group; each numbered paragraph or bullet gives one target per indicator it holds;
 * a numbered paragraph ending with ":" followed by bullets is a group of those bullets; "+"
 * bullets under a "-" bullet are its children. An introduction ("Bao gồm 18 chỉ tiêu:") is skipped.
 */

const rank: Record<HeadingLevel, number> = { part: 0, section: 1, item: 2, subitem: 3, subsubitem: 4 };
const NAMES_TARGETS = /chỉ tiêu/iu;

const groupName = (text: string): string =>
  text
    .trim()
    .replace(/\s*(?:như sau)?\s*:$/u, '')
    .replace(/[.;]$/, '')
    .trim();

export function targetsFromBody(body: readonly Block[]): TargetDraft[] {
  const start = body.findIndex(
    (b) => b.type === 'heading' && NAMES_TARGETS.test(inlineText(b.runs)) && !/kết quả/iu.test(inlineText(b.runs)),
  );
  const head = body[start];
  if (start < 0 || head?.type !== 'heading') return [];
  const top: TargetDraft[] = [];
  let group: TargetDraft | null = null;
  let lastBullet: TargetDraft | null = null;
  let count = 0;
  for (let i = start + 1; i < body.length && count < limits.maxTargets; i++) {
    const b = body[i];
    if (!b) break;
    if (b.type === 'heading') {
      if (rank[b.level] <= rank[head.level]) break;
      group = { name: groupName(inlineText(b.runs)), children: [], confidence: 0.85 };
      top.push(group);
      lastBullet = null;
      continue;
    }
    if (b.type !== 'paragraph' && b.type !== 'bullet') continue;
    const text = inlineText(b.runs).trim();
    const next = body[i + 1];
    if (b.type === 'paragraph' && /:$/.test(text) && (!b.label || next?.type === 'bullet')) {
      if (!b.label) continue;
      group = { name: groupName(text), children: [], confidence: 0.7 };
      top.push(group);
      lastBullet = null;
      continue;
    }
    const drafts = statementTargets(text);
    count += drafts.length;
    if (b.type === 'bullet' && b.marker === '+' && lastBullet) {
      pushAll(lastBullet.children, drafts);
      continue;
    }
    if (b.type === 'paragraph' && b.label) {
      pushAll(top, drafts);
      group = null;
    } else pushAll(group ? group.children : top, drafts);
    if (b.type === 'bullet') lastBullet = drafts[drafts.length - 1] ?? lastBullet;
  }
  return top;
}
