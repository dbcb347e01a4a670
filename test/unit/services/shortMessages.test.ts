import { describe, expect, it } from 'vitest';
import { pad } from '../../../electron/cli/store.ts';
import { findProfile } from '../../../electron/format/profiles/index.ts';
import { checkResolution } from '../../../electron/services/check/index.ts';
import { finding } from '../../../electron/services/docxCheck/finding.ts';
import { slotAt } from '../../../electron/services/review/partComments.ts';
import { printedSlots } from '../../../electron/services/review/slots.ts';
import { minimalDoc } from './minimalDoc.ts';

const found = findProfile('hd36-2018');
if (!found) throw new Error('thiếu thể thức hd36-2018');
const profile = found;

/** A long name whose 40th and 60th characters fall inside a word. */
const LONG = 'Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân hằng năm trên địa bàn toàn huyện';

/** What `shown` keeps before its last "…" is `text` up to the end of a word. */
function cutAtWordEnd(shown: string, text: string): void {
  const head = shown.slice(0, shown.lastIndexOf('…'));
  expect(head.length).toBeGreaterThan(0);
  expect(text.startsWith(head)).toBe(true);
  expect(text.charAt(head.length)).toMatch(/[\s,;.]/u);
}

describe('texts shortened for people end at a word (shortText)', () => {
  it('the check of căn cứ lines quotes a long line up to a word end', () => {
    const line = `- Căn cứ ${LONG}`;
    const doc = minimalDoc((d) => {
      d.title.preamble = [{ type: 'paragraph', runs: [{ type: 'text', text: `${line}.` }] }];
    });
    const message = checkResolution(doc, profile).find((f) => f.code === 'basis.punctuation')?.message ?? '';
    const quoted = /^Dòng căn cứ "([^"]*)"/u.exec(message)?.[1] ?? '';
    expect(quoted).toContain('…');
    cutAtWordEnd(quoted, line);
  });

  it('a placeholder left in the body is quoted up to a word end, its bracket kept', () => {
    const prompt = `[… Nêu ${LONG} và những việc cần làm tiếp theo trong năm tới]`;
    const doc = minimalDoc((d) => {
      d.body = [{ type: 'paragraph', runs: [{ type: 'text', text: prompt }] }];
    });
    const message = checkResolution(doc, profile).find((f) => f.message.includes('[… Nêu'))?.message ?? '';
    const quoted = /còn "([^"]*)"/u.exec(message)?.[1] ?? '';
    expect(quoted.endsWith('…]')).toBe(true);
    cutAtWordEnd(quoted, prompt);
  });

  it('a .docx check finding quotes its paragraph up to a word end', () => {
    const text = `Căn cứ ${LONG}`;
    const f = finding('warning', 'x', { kind: 'para', index: 4, runs: [], text } as never, 'Cỡ chữ', '14', '13', 'Sửa cỡ chữ.');
    const quoted = /«([^»]*)»/u.exec(f.message)?.[1] ?? '';
    expect(quoted).toContain('…');
    cutAtWordEnd(quoted, text);
  });

  it('a terminal table cell keeps its width and ends at a word', () => {
    const cell = pad(LONG, 30);
    expect(cell).toHaveLength(30);
    cutAtWordEnd(cell.trimEnd(), LONG);
  });

  it("a review's place names a long target up to a word end, and still finds a comment anchored to the old mid-word cut", () => {
    const doc = minimalDoc((d) => {
      d.targets = [{ key: 't1', name: LONG, children: [] }];
      d.body = [{ type: 'targets' }];
    });
    const slots = printedSlots(doc, profile);
    const index = slots.findIndex((s) => s.where.startsWith('Chỉ tiêu: '));
    const where = slots[index]?.where ?? '';
    cutAtWordEnd(where.slice('Chỉ tiêu: '.length), LONG);
    expect(slotAt(slots, where)).toBe(index);
    // Stored before the change: the name cut at 40 characters, mid-word.
    expect(slotAt(slots, `Chỉ tiêu: ${LONG.slice(0, 40)}…`)).toBe(index);
    expect(slotAt(slots, `Chỉ tiêu: Tỷ lệ hộ khác…`)).toBe(-1);
  });
});
