import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../../renderer/editor/plugins/Spell/words.ts';
import { figuresOf, nodeSpeller, realTexts } from '../../support/spellFigures.ts';

/**
 * The editor's spell-checker (the same makeSpeller and wordsOf, the same dictionary-vi files) on
 * every real document we have, and on real misspellings. `node test/tools/spellFigures.ts --words`
 * prints the figures and the words flagged.
 */
const speller = nodeSpeller();
const flagged = (text: string): string[] => wordsOf(text).flatMap((w) => (speller.correct(w.word) ? [] : [w.word]));

describe('the spell-checker on real party documents', () => {
  const figures = realTexts().map((t) => figuresOf(speller, t));

  it('reads every real document: the seeds, the corpus and the demo documents', () => {
    expect(figures.filter((f) => f.name.startsWith('seeds/')).length).toBeGreaterThanOrEqual(2);
    expect(figures.filter((f) => f.name.startsWith('corpus/')).length).toBeGreaterThanOrEqual(8);
    expect(figures.filter((f) => f.name.startsWith('demo/')).length).toBeGreaterThanOrEqual(4);
    for (const f of figures) expect(f.words, f.name).toBeGreaterThan(100);
  });

  it('flags at most 4 words in 1,000 of any of them, and 1 in 1,000 of them all', () => {
    for (const f of figures) expect(f.perThousand, `${f.name}: ${f.flagged.join(' ')}`).toBeLessThanOrEqual(4);
    const words = figures.reduce((n, f) => n + f.words, 0);
    const all = figures.flatMap((f) => f.flagged);
    expect((1000 * all.length) / words, all.join(' ')).toBeLessThanOrEqual(1);
  });

  it('flags no abbreviation, Roman numeral or loanword the documents use', () => {
    const all = figures.flatMap((f) => f.flagged);
    expect(all.filter((w) => /^[A-ZĐ]+$/u.test(w))).toEqual([]);
    for (const w of ['covid', 'Covid', 'vaccine', 'logistics', 'nòng', 'sỹ', 'Sỹ', 'CTr', 'QĐi']) expect(all).not.toContain(w);
  });
});

describe('what the spell-checker accepts and flags', () => {
  it('accepts abbreviations and Roman numerals in capitals, the type codes of document kinds, and loanwords in any case', () => {
    expect(flagged('Đại hội XIII, phần IV, chỉ số DDCI, KPI, HIV, BXDĐ, TCCSĐ, số 12-CTr/TU, 08-QĐi/TW, TTr')).toEqual([]);
    expect(flagged('dịch Covid-19, covid, COVID, vaccine, Internet, online, logistics')).toEqual([]);
  });

  it('accepts the units of plans and leaves alone letters written against a digit', () => {
    expect(flagged('1,2 km đường, 50 kg, 120 kWh, 12 MW, 3 triệu USD, 600 ha, 5 tạ/ha')).toEqual([]);
    expect(flagged('đường dây 110kV, mạng 5G, cúm H5N1, 25ha, 30km2, Covid-19')).toEqual([]);
    expect(wordsOf('110kV 5G km2 H5N1')).toEqual([]);
  });

  it('accepts both spellings Vietnamese writes: tone on either vowel of oa, oe, uy; i or y after h, k, l, m, s, t', () => {
    expect(flagged('hoà hòa khoẻ khỏe thuỷ thủy tuỳ tùy Hoà HOÀ')).toEqual([]);
    expect(flagged('sĩ sỹ Sỹ kĩ kỹ lí lý mĩ mỹ tỉ tỷ hi hy')).toEqual([]);
  });

  it('accepts the names of the ethnic groups', () => {
    expect(flagged("đồng bào dân tộc Raglai, Chăm, Khmer, H'Mông, Ê-đê, Xơ-đăng, Mnông, Xtiêng, Hrê")).toEqual([]);
  });

  it('accepts syllables missing from dictionary-vi that a Vietnamese dictionary has (nòng cốt)', () => {
    expect(flagged('lực lượng nòng cốt')).toEqual([]);
  });

  it('flags real misspellings: a missing or wrong mark, a tone on the wrong vowel, a word without marks', () => {
    expect(flagged('nghị quyêt thưc hiện thống nhât nuớc phưong')).toEqual(['quyêt', 'thưc', 'nhât', 'nuớc', 'phưong']);
    // The tone belongs on the vowel after qu and gi, on ơ of ươ, on the second vowel before a final consonant.
    expect(flagged('qủa gìa ngưòi hòang muà')).toEqual(['qủa', 'gìa', 'ngưòi', 'hòang', 'muà']);
    // y for i only after h, k, l, m, s, t.
    expect(flagged('chỵ thy')).toEqual(['chỵ', 'thy']);
    // Unaccented text is no Vietnamese: "tang" is a word (tang lễ), "cuong" and "kiem" are none.
    expect(flagged('tang cuong kiem tra')).toEqual(['cuong', 'kiem']);
    // A capitalised word with a vowel mark is checked (titles are written in capitals).
    expect(flagged('NGHỊ QUYÊT')).toEqual(['QUYÊT']);
  });
});
