import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolutionSchema, walkTargets } from '../../electron/contract/model/index.ts';
import type { Block, Inline, ParsedValue, Resolution, TargetNode } from '../../electron/contract/model/index.ts';

/**
 * The two seed resolutions as full models (test/fixtures/*.json), checked against the seed text
 * in ../shared/seeds. test/fixtures/README.md lists the mapping rules and every deviation.
 */

const DT = 'duc-trong-2022-nq04-hu';
const NT = 'nhon-trach-2024-nq09-hu';

const readFixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8'));
const seedLines = (name: string): string[] =>
  readFileSync(new URL(`../../../shared/seeds/${name}.txt`, import.meta.url), 'utf8').split('\n');
const load = (name: string): Resolution => resolutionSchema.parse(readFixture(name));

/** Strips the seed's markdown emphasis marks (`**bold**`, `*italic*`); a lone "*" line stays. */
const plain = (s: string): string => (s.trim() === '*' ? s : s.replace(/\*\*/g, '').replace(/\*/g, ''));

function lineIndex(lines: string[], exact: string): number {
  const i = lines.indexOf(exact);
  if (i < 0) throw new Error(`Không thấy dòng "${exact}" trong văn bản mẫu`);
  return i;
}

// ---------- the seed's body, as paragraphs ----------

/** Lines that continue the previous paragraph although they start with a capital (page breaks). */
const UPPER_CASE_JOINS: Record<string, string[]> = {
  [DT]: ['Đảng, xây dựng hệ thống chính trị năm 2022. Đồng thời'],
  [NT]: [],
};

/** Deliberate changes to the seed text (README "Deviations"): [seed text, model text]. */
const TEXT_DEVIATIONS: Record<string, [string, string][]> = {
  [DT]: [['trong toàn Đảng bộ./*Sau*', 'trong toàn Đảng bộ./.']],
  [NT]: [],
};

type SeedBody = { paragraphs: string[]; footnotes: string[]; joins: number };

/**
 * The body's paragraphs with the seed's markdown kept: page-break splits joined with one space
 * (a line starting with a lower-case letter, or one listed above), footnote text ("¹ …") set aside,
 * "- + " sub-bullets written as "+ ".
 */
function seedBody(name: string, lines: string[], from: number, to: number): SeedBody {
  const paragraphs: string[] = [];
  const footnotes: string[] = [];
  let joins = 0;
  for (const line of lines.slice(from, to)) {
    if (line.trim() === '') continue;
    if (line.startsWith('¹ ')) {
      footnotes.push(line.slice(2));
      continue;
    }
    const continues = /^\p{Ll}/u.test(line) || (UPPER_CASE_JOINS[name] ?? []).some((s) => line.startsWith(s));
    if (continues && paragraphs.length > 0) {
      paragraphs[paragraphs.length - 1] += ` ${line}`;
      joins += 1;
    } else {
      paragraphs.push(line.replace(/^- \+ /, '+ '));
    }
  }
  for (const [from, to] of TEXT_DEVIATIONS[name] ?? []) {
    const i = paragraphs.findIndex((p) => p.includes(from));
    const paragraph = paragraphs[i];
    if (paragraph === undefined) throw new Error(`Không thấy "${from}"`);
    paragraphs[i] = paragraph.replace(from, to);
  }
  return { paragraphs, footnotes, joins };
}

// ---------- the model's body, as the seed writes it ----------

const SUPERSCRIPTS = ['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** Inline runs back to the seed's markdown; a footnote becomes its superscript number. */
function markdown(inlines: Inline[], footnotes: string[]): string {
  return inlines
    .map((r) => {
      if (r.type === 'footnote') {
        footnotes.push(r.runs.map((x) => x.text).join(''));
        return SUPERSCRIPTS[footnotes.length - 1] ?? '?';
      }
      if (r.bold && r.italic) return `***${r.text}***`;
      if (r.bold) return `**${r.text}**`;
      if (r.italic) return `*${r.text}*`;
      return r.text;
    })
    .join('');
}

function renderBlock(block: Block, footnotes: string[]): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph': {
      const text = markdown(block.runs, footnotes);
      return block.label ? `${block.label} ${text}` : text;
    }
    case 'bullet':
      return `${block.marker} ${markdown(block.runs, footnotes)}`;
    default:
      throw new Error(`Khối "${block.type}" không có trong văn bản mẫu`);
  }
}

/** Plain text of runs, footnotes left out. */
const textOf = (inlines: Inline[]): string => inlines.map((r) => (r.type === 'text' ? r.text : '')).join('');

/** Checks the body block by block against the seed's paragraphs; returns the footnotes met. */
function expectBodyMatchesSeed(doc: Resolution, seed: SeedBody): string[] {
  const footnotes: string[] = [];
  let next = 0;
  doc.body.forEach((block, i) => {
    const rendered = renderBlock(block, footnotes);
    let expected = seed.paragraphs[next++];
    // "Phần thứ nhất" and its title are two lines in the seed, one heading in the model.
    if (block.type === 'heading' && block.level === 'part' && expected === block.label) {
      expected = `${expected} ${seed.paragraphs[next++]}`;
    }
    expect(rendered, `khối ${i}`).toBe(expected);
    if (block.type !== 'table' && block.type !== 'targets' && block.type !== 'page-break' && 'label' in block && block.label) {
      expect(textOf(block.runs).startsWith(block.label), `khối ${i}: số thứ tự lặp lại trong nội dung`).toBe(false);
    }
  });
  expect(next, 'mọi đoạn của văn bản mẫu đều có trong mô hình').toBe(seed.paragraphs.length);
  return footnotes;
}

// ---------- shared checks ----------

function bodyRange(doc: Resolution, lines: string[]): { from: number; to: number } {
  const lastTitleLine = doc.title.summary.split('\n').at(-1) ?? '';
  return { from: lineIndex(lines, lastTitleLine) + 1, to: lineIndex(lines, 'Nơi nhận:') };
}

function expectHeaderMatchesSeed(doc: Resolution, lines: string[]): void {
  const head = lines.slice(0, lineIndex(lines, doc.title.documentType)).map(plain).filter((l) => l.trim() !== '');
  expect(head).toContain(doc.header.superiorBody);
  expect(head).toContain(doc.header.issuingBody);
  expect(head).toContain('*');
  expect(head).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  // The seed keeps the hand-filled blank before the hyphen: "Số 04 -NQ/HU".
  const [, seq = '', typeCode, issuerCode] = head.map((l) => /^Số (\d+) ?-(\w+)\/(\w+)$/.exec(l)).find((m) => m !== null) ?? [];
  expect(doc.header.number).toEqual({ seq: Number(seq), typeCode, issuerCode });
  const [, place, d = '', m = '', y] = head.map((l) => /^(.+), ngày (\d+) tháng (\d+) năm (\d{4})$/.exec(l)).find((x) => x !== null) ?? [];
  expect(doc.header.place).toBe(place);
  expect(doc.header.date).toBe(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
  expect(doc.header.bodyKind).toBe('huyen-uy');
}

function expectTitleMatchesSeed(doc: Resolution, lines: string[]): void {
  const { from } = bodyRange(doc, lines);
  const titleLines = lines.slice(lineIndex(lines, doc.title.documentType) + 1, from).filter((l) => l.trim() !== '');
  expect([...doc.title.conferenceLines, ...doc.title.summary.split('\n')]).toEqual(titleLines);
  expect(doc.title.summary.endsWith(`năm ${doc.planYear}`)).toBe(true);
}

/** "Nơi nhận:" lines: "- " starts a recipient, any other line continues the one before. */
function seedRecipients(lines: string[], end: number): string[] {
  const out: string[] = [];
  for (const line of lines.slice(lineIndex(lines, 'Nơi nhận:') + 1, end)) {
    if (line.trim() === '') continue;
    if (line.startsWith('- ')) out.push(line.slice(2));
    else out[out.length - 1] += `\n${line}`;
  }
  return out;
}

function expectSignatureMatchesSeed(doc: Resolution, signatureLines: string[]): void {
  const { authority, authorityOf, title, name } = doc.signature;
  expect(signatureLines).toEqual([`${authority} ${authorityOf}`, title, name]);
}

const childrenOf = (nodes: TargetNode[], key: string): TargetNode[] => {
  for (const [node] of walkTargets(nodes)) if (node.key === key) return node.children;
  throw new Error(`Không có chỉ tiêu ${key}`);
};
const nodeOf = (doc: Resolution, key: string): TargetNode => {
  for (const [node] of walkTargets(doc.targets)) if (node.key === key) return node;
  throw new Error(`Không có chỉ tiêu ${key}`);
};
const parsedOf = (doc: Resolution, key: string): ParsedValue | undefined => nodeOf(doc, key).value?.parsed;

// ---------- Đức Trọng 2022, 04-NQ/HU ----------

describe(`fixture ${DT}`, () => {
  const lines = seedLines(DT);
  const doc = load(DT);

  it('is a valid resolution whose JSON already holds every default', () => {
    expect(resolutionSchema.safeParse(readFixture(DT)).success).toBe(true);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(readFixture(DT));
    expect(doc.schemaVersion).toBe(1);
    expect(doc.profileId).toBe('hd36-2018');
    expect(doc.planYear).toBe(2022);
    expect(doc.marks).toEqual({ draftRound: null, secrecy: null, urgency: null, circulation: null, productionNote: null });
  });

  it('has the header and title of the seed', () => {
    expect(doc.header).toEqual({
      superiorBody: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
      issuingBody: 'HUYỆN ỦY ĐỨC TRỌNG',
      bodyKind: 'huyen-uy',
      number: { seq: 4, typeCode: 'NQ', issuerCode: 'HU' },
      place: 'Đức Trọng',
      date: '2021-12-10',
    });
    expectHeaderMatchesSeed(doc, lines);
    expect(doc.title.documentType).toBe('NGHỊ QUYẾT');
    expect(doc.title.conferenceLines).toEqual([]);
    expect(doc.title.preamble).toEqual([]);
    expect(doc.title.decisionLine).toBeNull();
    expectTitleMatchesSeed(doc, lines);
  });

  it('holds every paragraph of the seed body, in order, with its formatting', () => {
    const { from, to } = bodyRange(doc, lines);
    const seed = seedBody(DT, lines, from, to);
    expect(seed.joins).toBe(4);
    expect(seed.footnotes).toEqual([]);
    expect(expectBodyMatchesSeed(doc, seed)).toEqual([]);
    expect(doc.body).toHaveLength(76);
  });

  it('maps the numbering to headings, numbered paragraphs and bullets', () => {
    const headings = doc.body.filter((b) => b.type === 'heading');
    expect(headings.map((h) => `${h.level} ${h.label ?? ''}`)).toEqual([
      'part Phần thứ nhất',
      'section I.',
      'section II.',
      'part Phần thứ hai',
      'section I.',
      'section II.',
      'section III.',
      'item 3.',
      'item 4.',
      'item 7.',
      'part Phần thứ ba',
    ]);
    expect(doc.body[0]).toEqual({
      type: 'heading',
      level: 'part',
      label: 'Phần thứ nhất',
      runs: [{ type: 'text', text: 'KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2021' }],
    });
    const partThree = headings.at(-1);
    expect(partThree?.runs).toEqual([{ type: 'text', text: 'TỔ CHỨC THỰC HIỆN', bold: true }]);
    // The 18 targets of "II. CÁC CHỈ TIÊU CHỦ YẾU" are numbered paragraphs, the first with four "+" bullets.
    const start = doc.body.findIndex((b) => b.type === 'paragraph' && textOf(b.runs) === 'Bao gồm 18 chỉ tiêu cơ bản:');
    const list = doc.body.slice(start + 1, start + 1 + 22);
    expect(list.filter((b) => b.type === 'paragraph').map((b) => (b.type === 'paragraph' ? b.label : ''))).toEqual(
      Array.from({ length: 18 }, (_, i) => `${i + 1}.`),
    );
    expect(list.filter((b) => b.type === 'bullet').map((b) => (b.type === 'bullet' ? b.marker : ''))).toEqual(['+', '+', '+', '+']);
    expect(list[0]).toEqual({
      type: 'paragraph',
      label: '1.',
      runs: [
        { type: 'text', text: 'Giá trị sản xuất (' },
        { type: 'text', text: 'theo giá so sánh 2010', italic: true },
        { type: 'text', text: ') của một số ngành chủ yếu như sau:' },
      ],
    });
    const last = doc.body.at(-1);
    expect(last?.type === 'paragraph' && textOf(last.runs)).toBe(
      'Nghị quyết này được phổ biến đến cán bộ, đảng viên và nhân dân trong toàn Đảng bộ./.',
    );
  });

  it('has the 9 recipients as written and the signer', () => {
    const end = lineIndex(lines, 'T/M HUYỆN ỦY');
    expect(doc.recipients.punctuation).toBe('as-written');
    expect(doc.recipients.lines).toHaveLength(9);
    expect(doc.recipients.lines.map((l) => l.text)).toEqual(seedRecipients(lines, end));
    expect(doc.recipients.lines[0]).toEqual({ text: 'TT/TU, TT/HĐND, UBND Tỉnh.' });
    expect(doc.recipients.lines.at(-1)).toEqual({ text: 'Lưu VP/HU, CVVP.' });
    expect(doc.signature).toEqual({ authority: 'T/M', authorityOf: 'HUYỆN ỦY', title: 'BÍ THƯ', name: 'Nguyễn Ngọc Phúc' });
    expectSignatureMatchesSeed(
      doc,
      lines.slice(end, lineIndex(lines, 'PHỤ LỤC')).filter((l) => l.trim() !== ''),
    );
  });

  it('has the appendix of the seed', () => {
    expect(doc.appendix).toEqual({
      include: true,
      heading: 'PHỤ LỤC',
      title: 'CHỈ TIÊU KẾ HOẠCH NĂM 2022',
      attachedNote: '(Kèm theo Nghị quyết số 04-NQ/HU ngày 10/12/2021 của Huyện ủy Đức Trọng)',
      valueHeader: 'CHỈ TIÊU',
      columns: { previousTarget: false, previousResult: false, assessment: false },
      orientation: 'portrait',
    });
    const at = lineIndex(lines, 'PHỤ LỤC');
    const [title, note] = lines.slice(at + 1).filter((l) => l.trim() !== '');
    expect(title).toBe(doc.appendix.title);
    // The seed keeps the hand-filled blanks of the number and the date: "04 -NQ/HU", "10 /12/2021".
    expect(note?.replace(' -NQ', '-NQ').replace('10 /12', '10/12')).toBe(doc.appendix.attachedNote);
    expect(lines).toContain(`STT\tCHỈ TIÊU\tĐƠN VỊ TÍNH\t${doc.appendix.valueHeader ?? ''}`);
  });

  it('has the appendix table as its targets tree, row by row', () => {
    const header = 'STT\tCHỈ TIÊU\tĐƠN VỊ TÍNH\tCHỈ TIÊU';
    const rows = lines
      .slice(lineIndex(lines, header))
      .filter((l) => l.trim() !== '' && l !== header) // the header repeats at the page break
      .map((l) => l.split('\t'));
    const nodes = [...walkTargets(doc.targets)];
    expect(nodes).toHaveLength(rows.length);
    expect(rows).toHaveLength(44);
    let number = 0;
    rows.forEach(([stt = '', name = '', unit = '', written = ''], i) => {
      const [node, depth] = nodes[i] ?? [];
      if (node === undefined) throw new Error(`Thiếu chỉ tiêu cho dòng ${i}`);
      if (stt !== '') {
        number += 1;
        expect(Number(stt), `dòng ${i}`).toBe(number);
        expect(depth, `dòng ${stt}`).toBe(0);
        expect(doc.targets[number - 1]).toBe(node);
      } else {
        expect(depth, `dòng ${name}`).toBe(1);
      }
      expect(node.name).toBe(name);
      expect(node.unit).toBe(unit === '' ? undefined : unit);
      expect(node.value?.written).toBe(written === '' ? undefined : written);
      if (depth === 1) expect(node.key.startsWith(`${doc.targets[number - 1]?.key ?? '?'}.`)).toBe(true);
    });
    expect(doc.targets).toHaveLength(18);
  });

  it('has groups without a value, and rows with a value and children', () => {
    const groups = doc.targets.filter((t) => t.value === undefined && t.children.length > 0).map((t) => t.key);
    expect(groups).toEqual([
      'gia-tri-san-xuat',
      'van-hoa',
      'y-te',
      'tre-em-suy-dinh-duong',
      'nong-thon-moi',
      'nuoc-sach-rac-thai',
      'trong-rung',
    ]);
    expect(nodeOf(doc, 'giai-quyet-viec-lam')).toMatchObject({ name: 'Giải quyết việc làm', unit: 'lao động', value: { written: '4.000-4.500' } });
    expect(childrenOf(doc.targets, 'giai-quyet-viec-lam').map((c) => [c.name, c.value?.written])).toEqual([
      ['Trong đó, tỷ lệ lao động qua đào tạo', '> 64'],
    ]);
    expect(nodeOf(doc, 'to-chuc-dang-hoan-thanh-tot').value?.written).toBe('>85');
    expect(childrenOf(doc.targets, 'to-chuc-dang-hoan-thanh-tot')).toHaveLength(3);
    // Rows 15 and 16 have an empty value cell: no value, no children.
    for (const key of ['du-lieu-so', 'on-dinh-chinh-tri-quoc-phong-an-ninh']) {
      expect(nodeOf(doc, key)).toMatchObject({ children: [] });
      expect(nodeOf(doc, key).value).toBeUndefined();
    }
  });

  it('has the parsed form of the values', () => {
    expect(parsedOf(doc, 'gia-tri-san-xuat.nong-lam-thuy-san')).toEqual({ kind: 'growthRange', min: 6, max: 7, direction: 'higher' });
    expect(parsedOf(doc, 'thu-ngan-sach')).toEqual({ kind: 'exact', value: 770.4, direction: 'exact' });
    expect(parsedOf(doc, 'giai-quyet-viec-lam')).toMatchObject({ kind: 'range', min: 4000, max: 4500 });
    expect(parsedOf(doc, 'giai-quyet-viec-lam.lao-dong-qua-dao-tao')).toEqual({
      kind: 'lowerBound',
      value: 64,
      inclusive: false,
      direction: 'higher',
    });
    expect(parsedOf(doc, 'truong-dat-chuan-quoc-gia')).toMatchObject({ kind: 'lowerBound', value: 2, inclusive: true });
    expect(parsedOf(doc, 'tre-em-suy-dinh-duong.the-can-nang')).toEqual({
      kind: 'upperBound',
      value: 10.3,
      inclusive: false,
      direction: 'lower',
    });
    expect(parsedOf(doc, 'to-chuc-dang-hoan-thanh-tot.dang-vien-hoan-thanh-tot')).toMatchObject({ kind: 'range', min: 80, max: 90 });
    expect(parsedOf(doc, 'nuoc-sach-rac-thai.rac-thai-y-te')).toMatchObject({ kind: 'exact', value: 100 });
    for (const [node] of walkTargets(doc.targets)) {
      if (node.value && node.value.parsed.kind !== 'qualitative') expect(node.value.parsed.direction).not.toBe('none');
    }
  });
});

// ---------- Nhơn Trạch 2024, 09-NQ/HU ----------

/** NT target names that are not a verbatim phrase of their bullet (README "Target names"). */
const NT_REWORDED_NAMES = new Set([
  'moi-truong.phan-loai-rac-co-quan',
  'an-sinh-xa-hoi.nuoc-sach-do-thi.nuoc-may',
  'an-sinh-xa-hoi.nuoc-sach-nong-thon.nuoc-may',
  'van-hoa-giao-duc.thiet-che-van-hoa',
  'xay-dung-dang.giai-quyet-don-thu',
]);

describe(`fixture ${NT}`, () => {
  const lines = seedLines(NT);
  const doc = load(NT);

  it('is a valid resolution whose JSON already holds every default', () => {
    expect(resolutionSchema.safeParse(readFixture(NT)).success).toBe(true);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(readFixture(NT));
    expect(doc.schemaVersion).toBe(1);
    expect(doc.profileId).toBe('hd36-2018');
    expect(doc.planYear).toBe(2024);
  });

  it('has the header, title and marks of the seed', () => {
    expect(doc.header).toEqual({
      superiorBody: 'ĐẢNG BỘ TỈNH ĐỒNG NAI',
      issuingBody: 'HUYỆN ỦY NHƠN TRẠCH',
      bodyKind: 'huyen-uy',
      number: { seq: 9, typeCode: 'NQ', issuerCode: 'HU' },
      place: 'Nhơn Trạch',
      date: '2024-01-15',
    });
    expectHeaderMatchesSeed(doc, lines);
    expect(doc.title).toEqual({
      documentType: 'NGHỊ QUYẾT',
      conferenceLines: ['CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA VI'],
      summary: 'về chỉ tiêu, nhiệm vụ và giải pháp chủ yếu về phát triển kinh tế - xã hội,\nquốc phòng - an ninh, xây dựng Đảng, đoàn thể năm 2024',
      preamble: [],
      decisionLine: null,
    });
    expectTitleMatchesSeed(doc, lines);
    expect(doc.marks).toEqual({ draftRound: null, secrecy: null, urgency: null, circulation: null, productionNote: '-NQ(VP/HU)' });
    expect(lines).toContain(doc.marks.productionNote);
  });

  it('holds every paragraph of the seed body, in order, with its formatting and the footnote', () => {
    const { from, to } = bodyRange(doc, lines);
    const seed = seedBody(NT, lines, from, to);
    expect(seed.joins).toBe(12);
    expect(seed.footnotes).toHaveLength(1);
    expect(expectBodyMatchesSeed(doc, seed)).toEqual(seed.footnotes);
    expect(doc.body).toHaveLength(129);
    // The opening paragraphs are body paragraphs (no "QUYẾT NGHỊ" in this resolution).
    expect(doc.body.slice(0, 3).every((b) => b.type === 'paragraph' && b.label === undefined)).toBe(true);
  });

  it('keeps the footnote inline at "con người¹"', () => {
    const holders = doc.body.filter((b) => b.type === 'bullet' && b.runs.some((r) => r.type === 'footnote'));
    expect(holders).toHaveLength(1);
    const holder = holders[0];
    const runs = holder?.type === 'bullet' ? holder.runs : [];
    const at = runs.findIndex((r) => r.type === 'footnote');
    const before = runs[at - 1];
    expect(before?.type === 'text' && before.text.endsWith('12 tiêu chí về chăm lo cho con người')).toBe(true);
    const note = runs[at];
    expect(note?.type === 'footnote' && note.runs.map((r) => r.text).join('').startsWith('(1) nâng cao chất lượng giáo dục;')).toBe(true);
    expect(JSON.stringify(doc.body).includes('¹')).toBe(false);
  });

  it('maps the numbering to headings, numbered paragraphs and bullets', () => {
    const headings = doc.body.filter((b) => b.type === 'heading');
    expect(headings.filter((h) => h.level === 'section').map((h) => h.label)).toEqual(['I.', 'II.', 'III.', 'IV.']);
    expect(headings.filter((h) => h.level === 'item').map((h) => h.label)).toEqual([
      ...['1.', '2.', '3.', '4.', '5.', '6.', '7.'],
      ...['1.', '2.', '3.', '4.'],
    ]);
    expect(headings.filter((h) => h.level === 'subitem').map((h) => h.label)).toEqual([
      ...['1.1', '1.2', '1.3', '1.4'],
      ...['2.1', '2.2', '2.3', '2.4'],
      ...['4.1', '4.2', '4.3'],
    ]);
    expect(headings.some((h) => h.level === 'part')).toBe(false);
    const bold = doc.body.flatMap((b) => ('runs' in b ? b.runs : [])).filter((r) => r.type === 'text' && r.bold);
    expect(bold).toEqual([{ type: 'text', text: 'triển khai xong trong quý I/2024', bold: true }]);
  });

  it('has 9 recipients on 10 printed lines, and the signer', () => {
    const end = lineIndex(lines, '-NQ(VP/HU)');
    expect(doc.recipients.punctuation).toBe('as-written');
    expect(doc.recipients.lines).toHaveLength(9);
    expect(doc.recipients.lines.flatMap((l) => l.text.split('\n'))).toHaveLength(10);
    expect(doc.recipients.lines.map((l) => l.text)).toEqual(seedRecipients(lines, end));
    expect(doc.recipients.lines[2]).toEqual({
      text: 'Đ/c Thiếu tướng Nguyễn Sỹ Quang – UVTVTU,\nGiám đốc công an tỉnh, phụ trách huyện,',
    });
    expect(doc.recipients.lines.at(-1)).toEqual({ text: 'Lưu.' });
    expect(doc.signature).toEqual({ authority: 'T/M', authorityOf: 'HUYỆN ỦY', title: 'BÍ THƯ', name: 'Lê Thành Mỹ' });
    expectSignatureMatchesSeed(
      doc,
      lines.slice(end + 1).map(plain).filter((l) => l.trim() !== ''),
    );
  });

  it('has no appendix', () => {
    expect(doc.appendix.include).toBe(false);
    expect(lines).not.toContain('PHỤ LỤC');
  });

  it('has the targets of "I. CÁC CHỈ TIÊU CHỦ YẾU" as 7 groups taken from the body', () => {
    const start = doc.body.findIndex((b) => b.type === 'heading' && b.label === 'I.');
    const end = doc.body.findIndex((b) => b.type === 'heading' && b.label === 'II.');
    const section = doc.body.slice(start + 1, end);
    // Field headings and their bullets.
    const fields: { name: string; bullets: string[] }[] = [];
    for (const block of section) {
      if (block.type === 'heading') fields.push({ name: textOf(block.runs).replace(/:$/, ''), bullets: [] });
      else if (block.type === 'bullet') fields.at(-1)?.bullets.push(textOf(block.runs));
      else throw new Error(`Khối lạ trong mục I: ${block.type}`);
    }
    expect(fields).toHaveLength(7);
    expect(doc.targets.map((g) => g.name)).toEqual(fields.map((f) => f.name));

    doc.targets.forEach((group, i) => {
      const bullets = fields[i]?.bullets ?? [];
      expect(group.value, group.key).toBeUndefined();
      expect(group.unit, group.key).toBeUndefined();
      const items = [...walkTargets(group.children)].map(([node]) => node);
      for (const item of items) {
        expect(item.key.startsWith(`${group.key}.`), item.key).toBe(true);
        expect(item.value, item.key).toBeDefined();
        const written = item.value?.written ?? '';
        expect(bullets.some((b) => b.includes(written)), `${item.key}: "${written}"`).toBe(true);
        if (!NT_REWORDED_NAMES.has(item.key)) {
          const name = item.name.toLowerCase();
          expect(bullets.some((b) => b.toLowerCase().includes(name)), `${item.key}: "${item.name}"`).toBe(true);
        }
        if (item.unit !== undefined) expect(written.includes(item.unit), `${item.key}: đơn vị`).toBe(true);
      }
      // Every bullet of the field gives at least one target.
      for (const bullet of bullets) {
        expect(items.some((it) => bullet.includes(it.value?.written ?? '\u0000')), bullet).toBe(true);
      }
    });

    const all = [...walkTargets(doc.targets)];
    expect(all.filter(([, depth]) => depth === 1)).toHaveLength(56);
    expect(all.filter(([, depth]) => depth === 2)).toHaveLength(5);
  });

  it('splits a bullet holding several indicators into several targets', () => {
    expect(childrenOf(doc.targets, 'moi-truong').filter((t) => t.name.includes('che phủ'))).toEqual([
      {
        key: 'moi-truong.che-phu-cay-xanh',
        name: 'Tỷ lệ che phủ cây xanh',
        unit: '%',
        value: { written: '26,5%', parsed: { kind: 'exact', value: 26.5, unit: '%', direction: 'exact' } },
        children: [],
      },
      {
        key: 'moi-truong.che-phu-rung',
        name: 'Tỷ lệ che phủ rừng',
        unit: '%',
        value: { written: '16,5%', parsed: { kind: 'exact', value: 16.5, unit: '%', direction: 'exact' } },
        children: [],
      },
    ]);
  });

  it('has the parsed form of the values', () => {
    expect(parsedOf(doc, 'kinh-te.thu-ngan-sach')).toEqual({ kind: 'qualitative', direction: 'none' });
    expect(nodeOf(doc, 'kinh-te.thu-ngan-sach').value?.written).toBe('Thực hiện theo chỉ tiêu UBND tỉnh giao');
    expect(parsedOf(doc, 'kinh-te.von-huy-dong-dau-tu')).toMatchObject({ kind: 'exact', value: 15577, unit: 'tỷ đồng' });
    expect(parsedOf(doc, 'kinh-te.xa-nong-thon-moi-kieu-mau')).toMatchObject({ kind: 'lowerBound', value: 1, inclusive: true });
    expect(parsedOf(doc, 'an-sinh-xa-hoi.that-nghiep-do-thi')).toMatchObject({ kind: 'upperBound', value: 2, inclusive: false, direction: 'lower' });
    expect(parsedOf(doc, 'an-sinh-xa-hoi.bac-sy-van-dan')).toMatchObject({ kind: 'range', min: 4.6, max: 5.5, unit: 'bác sỹ' });
    expect(parsedOf(doc, 'an-sinh-xa-hoi.bao-hiem-y-te')).toMatchObject({ kind: 'exact', value: 94, unit: '%' });
    expect(parsedOf(doc, 'van-hoa-giao-duc.ap-khu-pho-van-hoa')).toMatchObject({ kind: 'lowerBound', value: 90, inclusive: false, direction: 'higher' });
    expect(parsedOf(doc, 'dan-van.tap-hop-doan-the')).toMatchObject({ kind: 'lowerBound', value: 70, inclusive: true });
    expect(parsedOf(doc, 'quoc-phong-an-ninh.diem-nong')).toEqual({ kind: 'qualitative', direction: 'none' });
    const qualitative = [...walkTargets(doc.targets)].filter(([n]) => n.value?.parsed.kind === 'qualitative').map(([n]) => n.key);
    expect(qualitative).toHaveLength(11);
    for (const key of qualitative) expect(nodeOf(doc, key).unit, key).toBeUndefined();
  });
});
