import { describe, expect, it } from 'vitest';
import { markupLines } from '../../../electron/import/text/markup.ts';
import { importText, resolutionText } from './helpers/texts.ts';

const shapes = (body: string) =>
  importText(resolutionText({ body })).model.body.map((b) => {
    const text = 'runs' in b ? b.runs.map((r) => (r.type === 'text' ? r.text : '¹')).join('') : '';
    if (b.type === 'heading') return `${b.level} ${b.label ?? ''} | ${text}`;
    if (b.type === 'bullet') return `${b.marker} | ${text}`;
    if (b.type === 'paragraph') return `p ${b.label ?? ''} | ${text}`;
    return b.type;
  });

describe('text emphasis marks', () => {
  it('reads **bold** across lines and *italic*, leaving "*", "(*)" and stray stars literal', () => {
    const lines = markupLines('**A\nB**\n*\nx (*) y *z* và (*theo giá*).\n2 * 3');
    expect(lines[0]).toEqual([{ text: 'A', bold: true, italic: false, underline: false }]);
    expect(lines[1]).toEqual([{ text: 'B', bold: true, italic: false, underline: false }]);
    expect(lines[2]).toEqual([{ text: '*', bold: false, italic: false, underline: false }]);
    expect(lines[3]?.map((r) => `${r.italic ? 'I:' : ''}${r.text}`)).toEqual(['x (*) y ', 'I:z', ' và (', 'I:theo giá', ').']);
    expect(lines[4]?.map((r) => r.text).join('')).toBe('2 * 3');
  });
});

describe('body structure', () => {
  it('reads parts (label and title on two lines or one), Roman sections, items, subitems and bullets', () => {
    const body = [
      'Phần thứ nhất',
      'KẾT QUẢ NĂM 2021',
      '',
      'I. Những kết quả đạt được',
      '',
      'Năm 2021 là năm đầu.',
      '',
      '1. Lĩnh vực kinh tế',
      '- Tăng trưởng khá.',
      '- + Nông nghiệp tăng.',
      '+ Công nghiệp tăng.',
      '2. Chỉ đạo thành công bầu cử.',
      '3. Lĩnh vực xã hội:',
      '3.1 Y tế:',
      '- Tốt.',
      '2.1.1. Chi tiết.',
      'a) Điểm a.',
      'II- HẠN CHẾ',
      'Phần thứ ba **TỔ CHỨC THỰC HIỆN**',
      '1. Ban Tuyên giáo hướng dẫn.',
    ].join('\n');
    expect(shapes(body)).toEqual([
      'part Phần thứ nhất | KẾT QUẢ NĂM 2021',
      'section I. | Những kết quả đạt được',
      'p  | Năm 2021 là năm đầu.',
      'item 1. | Lĩnh vực kinh tế',
      '- | Tăng trưởng khá.',
      '+ | Nông nghiệp tăng.',
      '+ | Công nghiệp tăng.',
      'p 2. | Chỉ đạo thành công bầu cử.',
      'item 3. | Lĩnh vực xã hội:',
      'subitem 3.1 | Y tế:',
      '- | Tốt.',
      'subsubitem 2.1.1. | Chi tiết.',
      'p a) | Điểm a.',
      'section II- | HẠN CHẾ',
      'part Phần thứ ba | TỔ CHỨC THỰC HIỆN',
      'p 1. | Ban Tuyên giáo hướng dẫn.',
    ]);
  });

  it('joins a paragraph split by a page break, lower-case or after a long first part', () => {
    const long =
      'Tăng cường công tác quản lý đất đai, tài nguyên, khoáng sản và bảo vệ môi trường; chỉ đạo quyết liệt việc trồng rừng, trồng xen cây lâm nghiệp theo kế hoạch của tỉnh, xây dựng';
    const body = [
      `1. ${long}`,
      '',
      'Đảng, xây dựng hệ thống chính trị năm 2022.',
      '',
      'Đoạn khác chưa hết câu, còn tiếp ở trang sau của bản in',
      '',
      'tiếp tục đoạn trước.',
      '',
      '3. Lĩnh vực kinh tế',
      '',
      'Chữ hoa sau đề mục ngắn không nối.',
      '',
      'Đoạn đã hết câu.',
      '',
      'chữ thường sau dấu chấm không nối.',
    ].join('\n');
    expect(shapes(body)).toEqual([
      `p 1. | ${long} Đảng, xây dựng hệ thống chính trị năm 2022.`,
      'p  | Đoạn khác chưa hết câu, còn tiếp ở trang sau của bản in tiếp tục đoạn trước.',
      'p 3. | Lĩnh vực kinh tế',
      'p  | Chữ hoa sau đề mục ngắn không nối.',
      'p  | Đoạn đã hết câu.',
      'p  | chữ thường sau dấu chấm không nối.',
    ]);
  });

  it('moves a superscript footnote into the paragraph that marks it, and joins the paragraph it split', () => {
    const body = [
      '- Chăm lo cho con người¹, từng bước phát triển theo “Xây dựng và phát triển',
      '',
      '¹ (1) nâng cao chất lượng giáo dục.',
      '',
      'văn hóa, con người Việt Nam”.',
    ].join('\n');
    const blocks = importText(resolutionText({ body })).model.body;
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toEqual({
      type: 'bullet',
      marker: '-',
      runs: [
        { type: 'text', text: 'Chăm lo cho con người' },
        { type: 'footnote', runs: [{ type: 'text', text: '(1) nâng cao chất lượng giáo dục.' }] },
        { type: 'text', text: ', từng bước phát triển theo “Xây dựng và phát triển văn hóa, con người Việt Nam”.' },
      ],
    });
  });

  it('keeps a conference resolution\'s opening paragraphs and "QUYẾT NGHỊ"', () => {
    const r = importText(
      resolutionText({
        title: 'NGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ BẢY\nBAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA VII\nvề chỉ tiêu, nhiệm vụ năm 2022\n-----',
        body: 'Ngày 10/12/2021, Ban Chấp hành họp Hội nghị lần thứ bảy.\n\nQUYẾT NGHỊ:\n\nI. MỤC TIÊU\n1. Nội dung.',
      }),
    );
    expect(r.model.title).toMatchObject({
      conferenceLines: ['HỘI NGHỊ LẦN THỨ BẢY', 'BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA VII'],
      summary: 'về chỉ tiêu, nhiệm vụ năm 2022',
      decisionLine: 'QUYẾT NGHỊ:',
      preamble: [{ type: 'paragraph', runs: [{ type: 'text', text: 'Ngày 10/12/2021, Ban Chấp hành họp Hội nghị lần thứ bảy.' }] }],
    });
    expect(r.model.body[0]).toMatchObject({ type: 'heading', level: 'section', label: 'I.' });
  });
});

describe('a chi bộ resolution: targets as "+" bullets under a plain numbered title line', () => {
  it('makes "2. Chỉ tiêu năm 2027" a heading over its "+" bullets, and reads the targets under it', () => {
    const body =
      '1. Kết quả năm 2026\nSản lượng lúa đạt 1.920 tấn.\n2. Chỉ tiêu năm 2027\n+ Sản lượng lương thực: 2.000 tấn trở lên.\n+ Tỷ lệ hộ dùng nước sạch: 100 %.\n3. Giải pháp\nPhân công đảng viên phụ trách hộ.';
    expect(shapes(body).slice(2, 5)).toEqual([
      'item 2. | Chỉ tiêu năm 2027',
      '+ | Sản lượng lương thực: 2.000 tấn trở lên.',
      '+ | Tỷ lệ hộ dùng nước sạch: 100 %.',
    ]);
    const targets = importText(resolutionText({ body })).model.targets;
    expect(targets.map((t) => [t.name, t.value?.written])).toEqual([
      ['Sản lượng lương thực', '2.000 tấn trở lên'],
      ['Tỷ lệ hộ dùng nước sạch', '100 %'],
    ]);
  });

  it('keeps a numbered target that lists its parts after ":" a paragraph', () => {
    expect(shapes('1. Giá trị sản xuất tăng 6 - 7 %, trong đó như sau:\n+ Nông nghiệp tăng 4 %.')[0]).toBe(
      'p 1. | Giá trị sản xuất tăng 6 - 7 %, trong đó như sau:',
    );
  });
});
