import { describe, expect, it } from 'vitest';
import { importResolution } from '../../../electron/import/index.ts';
import { convertTcvn3, convertVni, detectLegacy } from '../../../electron/import/text/legacy.ts';
import { makeDocx, para } from './helpers/makeDocx.ts';
import { resolutionText } from './helpers/texts.ts';

/** Archives typed in TCVN3 (.VnTime) and VNI, and UTF-16 without a byte-order mark. */

const unicode = 'Đảng Cộng sản Việt Nam; Nghị quyết về phát triển kinh tế - xã hội năm 2022 của Ban Chấp hành; Người, những, thực, đạt 95%';
const tcvn3 =
  '§¶ng Céng s¶n ViÖt Nam; NghÞ quyÕt vÒ ph¸t triÓn kinh tÕ - x· héi n¨m 2022 cña Ban ChÊp hµnh; Ng\u00adêi, nh÷ng, thùc, ®¹t 95%';
const vni =
  'Ñaûng Coäng saûn Vieät Nam; Nghò quyeát veà phaùt trieån kinh teá - xaõ hoäi naêm 2022 cuûa Ban Chaáp haønh; Ngöôøi, nhöõng, thöïc, ñaït 95%';

/** The text as a TCVN3/VNI file has it: one byte per character (Windows-1252 code points here are all below 256). */
const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('legacy Vietnamese encodings', () => {
  it('converts TCVN3 and VNI to Unicode, and leaves Unicode alone', () => {
    expect(convertTcvn3(tcvn3)).toBe(unicode);
    expect(convertVni(vni)).toBe(unicode);
    expect(detectLegacy(tcvn3)).toBe('tcvn3');
    expect(detectLegacy(vni)).toBe('vni');
    expect(detectLegacy(unicode)).toBeNull();
    expect(convertTcvn3('nghÞ quyÕt', true)).toBe('NGHỊ QUYẾT');
  });

  it('imports a whole resolution saved as an 8-bit TCVN3 text file, with a note', () => {
    // TCVN3 has no toned capitals (they are the lower-case codes in a ".VnTimeH" font): the header is typed without tones here.
    const text = resolutionText({
      header: 'DANG BO TINH LAM DONG\nHUYEN UY DUC TRONG\n*\nSố 04-NQ/HU\nĐức Trọng, ngày 10 tháng 12 năm 2021',
      title: 'NGHI QUYET\nvề phát triển kinh tế - xã hội năm 2022',
      closing: 'Nơi nhận:\n- Tỉnh ủy,\n- Lưu Văn phòng.\n\nT/M HUYEN UY\nBI THU\n\n\nNguyễn Văn A',
    });
    const back = [...text].map((c) => Object.entries(TCVN3_OF).find(([, u]) => u === c)?.[0] ?? c).join('');
    const r = importResolution(latin1(back), { fallbackYear: 2022 });
    expect(r.ok && r.value.model.header).toMatchObject({ issuingBody: 'HUYEN UY DUC TRONG', place: 'Đức Trọng', date: '2021-12-10' });
    expect(r.ok && r.value.model.signature.name).toBe('Nguyễn Văn A');
    expect(r.ok && r.value.model.title.summary).toBe('về phát triển kinh tế - xã hội năm 2022');
    expect(r.ok && r.value.notes.join(' ')).toContain('TCVN3');
  });

  it('reads UTF-16 without a byte-order mark instead of calling it binary', () => {
    const text = resolutionText();
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff;
      le[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const r = importResolution(le, { fallbackYear: 2022 });
    expect(r.ok && r.value.model.header.issuingBody).toBe('HUYỆN ỦY ĐỨC TRỌNG');
  });

  it('converts .docx runs by their font: .VnTime, .VnTimeH (capitals) and VNI-Times', async () => {
    const run = (font: string, text: string) =>
      `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const bytes = await makeDocx({
      body: [
        `<w:p>${run('.VnTimeH', 'huyÖn ñy ®øc träng')}</w:p>`,
        para('*'),
        para('Số 04-NQ/HU'),
        `<w:p>${run('.VnTime', '§øc Träng, ngµy 10 th¸ng 12 n¨m 2021')}</w:p>`,
        `<w:p>${run('VNI-Times', 'NGHÒ QUYEÁT')}</w:p>`,
        `<w:p>${run('VNI-Times', 'veà phaùt trieån kinh teá naêm 2022')}</w:p>`,
        para('Nơi nhận:'),
        para('- Lưu.'),
        para('T/M HUYỆN ỦY'),
        para('BÍ THƯ'),
        para('Nguyễn Văn A'),
      ].join(''),
    });
    const r = importResolution(bytes, { fallbackYear: 2022 });
    expect(r.ok && r.value.model.header).toMatchObject({ issuingBody: 'HUYỆN ỦY ĐỨC TRỌNG', place: 'Đức Trọng', date: '2021-12-10' });
    expect(r.ok && r.value.model.title.summary).toBe('về phát triển kinh tế năm 2022');
  });
});

/** TCVN3 byte (as a Latin-1 character) -> Unicode letter, to write test files in TCVN3. */
const TCVN3_OF: Record<string, string> = Object.fromEntries(
  [...'¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉËÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòô\u00adøõö÷ùýúûüþ®¡¢£¤¥¦§'].map((c) => [c, convertTcvn3(c)]),
);
