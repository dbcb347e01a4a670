import { describe, expect, it } from 'vitest';
import { importResolution } from '../../../electron/import/index.ts';
import { makeDocx, para, table } from './helpers/makeDocx.ts';
import { importText, resolutionText, structureOf } from './helpers/texts.ts';

const headerOf = (header: string) => structureOf(resolutionText({ header })).header;

describe('the header, whatever its layout', () => {
  it('reads the bodies, number, place and date in the Đức Trọng order (left column first)', () => {
    const h = headerOf(
      'ĐẢNG BỘ TỈNH LÂM ĐỒNG\nHUYỆN ỦY ĐỨC TRỌNG\n*\n\nSố 04 -NQ/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nĐức Trọng, ngày 10 tháng 12 năm 2021',
    );
    expect(h).toMatchObject({
      superiorBody: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
      issuingBody: 'HUYỆN ỦY ĐỨC TRỌNG',
      bodyKind: { kind: 'huyen-uy', sure: true },
      number: { seq: 4, typeCode: 'NQ', issuerCode: 'HU' },
      place: 'Đức Trọng',
      date: '2021-12-10',
      partyTitle: true,
    });
  });

  it('reads the Nhơn Trạch order (bodies, party title and date, then "*" and the number) with bold marks', () => {
    const h = headerOf(
      '**ĐẢNG BỘ TỈNH ĐỒNG NAI\nHUYỆN ỦY NHƠN TRẠCH**\n\nĐẢNG CỘNG SẢN VIỆT NAM\nNhơn Trạch, ngày 15 tháng 01 năm 2024\n\n*\n\nSố 09 -NQ/HU',
    );
    expect(h).toMatchObject({
      superiorBody: 'ĐẢNG BỘ TỈNH ĐỒNG NAI',
      issuingBody: 'HUYỆN ỦY NHƠN TRẠCH',
      number: { seq: 9 },
      place: 'Nhơn Trạch',
      date: '2024-01-15',
    });
  });

  it('reads a header laid out with tabs, two columns per line', () => {
    const h = headerOf(
      'ĐẢNG BỘ TỈNH LÂM ĐỒNG\t\tĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY ĐỨC TRỌNG\n*\t\tĐức Trọng, ngày 05 tháng 02 năm 2022\nSố 12-NQ/HU',
    );
    expect(h).toMatchObject({
      superiorBody: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
      issuingBody: 'HUYỆN ỦY ĐỨC TRỌNG',
      number: { seq: 12 },
      place: 'Đức Trọng',
      date: '2022-02-05',
    });
  });

  it('reads a header laid out as a table, with bodies on one paragraph broken by a line break', async () => {
    const bodies =
      '<w:p><w:r><w:t>ĐẢNG BỘ TỈNH LÂM ĐỒNG</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:br/><w:t>ĐẢNG ỦY XÃ TÂN HỘI</w:t></w:r></w:p>';
    const body = [
      table([
        [bodies + para('*'), para('ĐẢNG CỘNG SẢN VIỆT NAM', { rPr: '<w:b/>' })],
        [para('Số 03-NQ/ĐU'), para('Tân Hội, ngày 20 tháng 12 năm 2025', { rPr: '<w:i/>' })],
      ]),
      para('NGHỊ QUYẾT'),
      para('về nhiệm vụ năm 2026'),
      para('1. Nội dung.'),
      para('Nơi nhận:'),
      para('- Lưu Văn phòng.'),
      para('T/M ĐẢNG ỦY'),
      para('BÍ THƯ'),
      para('Trần Văn B'),
    ].join('');
    const r = importResolution(await makeDocx({ body }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.model.header).toEqual({
      superiorBody: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
      issuingBody: 'ĐẢNG ỦY XÃ TÂN HỘI',
      bodyKind: 'dang-uy-xa',
      number: { seq: 3, typeCode: 'NQ', issuerCode: 'ĐU' },
      place: 'Tân Hội',
      date: '2025-12-20',
    });
    expect(r.value.model.planYear).toBe(2026);
  });

  it('leaves number and date empty on a draft, and reads "Số:" with a colon', () => {
    const draft = headerOf(
      'HUYỆN ỦY ĐỨC TRỌNG\n*\nSố    -NQ/HU\nDự thảo lần 2\n\nĐẢNG CỘNG SẢN VIỆT NAM\nĐức Trọng, ngày    tháng    năm 2021',
    );
    expect(draft).toMatchObject({
      number: { seq: null, typeCode: 'NQ', issuerCode: 'HU' },
      place: 'Đức Trọng',
      date: null,
      dateBlank: true,
      superiorBody: null,
    });
    expect(draft.marks).toEqual([{ kind: 'draft', round: 2 }]);
    const report = importText(
      resolutionText({
        header: 'HUYỆN ỦY ĐỨC TRỌNG\n*\nSố    -NQ/HU\nDự thảo lần 2\n\nĐẢNG CỘNG SẢN VIỆT NAM\nĐức Trọng, ngày    tháng    năm 2021',
      }),
    );
    expect(report.status).toBe('du-thao');
    expect(report.model.marks.draftRound).toBe(2);
    expect(headerOf('TỈNH ỦY LÂM ĐỒNG\n*\nSố: 07-NQ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐà Lạt, ngày 01 tháng 3 năm 2023')).toMatchObject({
      superiorBody: null,
      issuingBody: 'TỈNH ỦY LÂM ĐỒNG',
      bodyKind: { kind: 'tinh-uy' },
      number: { seq: 7, issuerCode: 'TU' },
      date: '2023-03-01',
    });
  });

  it('reads a title typed as one paragraph with line breaks (type line, summary, rule: Shift+Enter in Word)', async () => {
    const lines = (xs: string[]): string =>
      `<w:p>${xs.map((x, k) => `<w:r>${k > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${x}</w:t></w:r>`).join('')}</w:p>`;
    const body = [
      lines(['ĐẢNG BỘ THÀNH PHỐ HUẾ', 'ĐẢNG UỶ PHƯỜNG THUỶ XUÂN', '*', 'Số 11-NQ/ĐU']),
      lines(['ĐẢNG CỘNG SẢN VIỆT NAM', 'Thuỷ Xuân, ngày 04 tháng 12 năm 2026']),
      lines(['NGHỊ QUYẾT', 'về phát triển làng nghề', 'và du lịch cộng đồng năm 2027', '—–']),
      para('I. MỤC TIÊU'),
      para('1. Lượng khách tham quan đạt 210.000 lượt trở lên.'),
      lines(['Nơi nhận:', '- Lưu Văn phòng Đảng uỷ.']),
      lines(['T/M ĐẢNG UỶ', 'BÍ THƯ', 'Phan Thị Hoà']),
    ].join('');
    const r = importResolution(await makeDocx({ body }));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.model.header).toMatchObject({ issuingBody: 'ĐẢNG UỶ PHƯỜNG THUỶ XUÂN', place: 'Thuỷ Xuân', date: '2026-12-04' });
    expect(r.value.model.title).toMatchObject({
      documentType: 'NGHỊ QUYẾT',
      summary: 'về phát triển làng nghề\nvà du lịch cộng đồng năm 2027',
    });
    expect(r.value.model.body[0]).toMatchObject({ type: 'heading', label: 'I.' });
  });

  it('takes a wide blank left for the clerk after "Số", "ngày" or "tháng" as a blank, not a column gap', () => {
    const draft = headerOf(
      'TỈNH UỶ QUẢNG TRỊ\n*\nSố         -NQ/TU\nDự thảo lần 3\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Trị, ngày        tháng 12 năm 2026',
    );
    expect(draft).toMatchObject({
      issuingBody: 'TỈNH UỶ QUẢNG TRỊ',
      number: { seq: null, issuerCode: 'TU' },
      place: 'Quảng Trị',
      dateBlank: true,
    });
    // Side by side (pdftotext -layout): the gap after the number is still a column.
    const layout = headerOf(
      'TỈNH UỶ QUẢNG TRỊ            ĐẢNG CỘNG SẢN VIỆT NAM\nSố        -NQ/TU           Quảng Trị, ngày       tháng 12 năm 2026',
    );
    expect(layout).toMatchObject({ issuingBody: 'TỈNH UỶ QUẢNG TRỊ', number: { issuerCode: 'TU' }, place: 'Quảng Trị', partyTitle: true });
  });
  it('knows the kinds of body, old tone marks included, and falls back on the issuer code', () => {
    const kind = (name: string, number = 'Số 01-NQ/ĐU') =>
      headerOf(`${name}\n*\n${number}\nĐẢNG CỘNG SẢN VIỆT NAM\nA, ngày 01 tháng 12 năm 2025`).bodyKind;
    expect(kind('HUYỆN UỶ ĐỨC TRỌNG')).toEqual({ kind: 'huyen-uy', sure: true });
    expect(kind('ĐẢNG ỦY PHƯỜNG 1')).toEqual({ kind: 'dang-uy-phuong', sure: true });
    expect(kind('CHI BỘ THÔN 3')).toEqual({ kind: 'chi-bo', sure: true });
    expect(kind('BAN THƯỜNG VỤ TỈNH ĐOÀN', 'Số 01-NQ/TU')).toEqual({ kind: 'ban-dang', sure: true });
  });
});
