import { describe, expect, it } from 'vitest';
import { findingPlace } from '../../../electron/format/findingPlace.ts';

describe('where a finding is, for people', () => {
  it('names the part of the page instead of the model path', () => {
    expect(
      [
        'body[7]',
        'body[3].rows[1][2]',
        'body',
        'targets[kinh-te.thu-ngan-sach]',
        'recipients.lines[2]',
        'recipients',
        'header.number',
        'title.summary',
        'signature',
        'appendix.title',
        'document',
      ].map(findingPlace),
    ).toEqual([
      'Nội dung, đoạn 8',
      'Nội dung, đoạn 4',
      'Nội dung',
      'Chỉ tiêu',
      'Nơi nhận, dòng 3',
      'Nơi nhận',
      'Phần đầu',
      'Tên loại và trích yếu',
      'Chữ ký',
      'Phụ lục',
      'Văn bản',
    ]);
  });
});
