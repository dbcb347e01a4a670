import { describe, expect, it } from 'vitest';
import { markPlace, markText } from '../../../renderer/editor/suggestions/anchorPlace.ts';

describe('where a suggestion from Word shows on the page', () => {
  it('stands in the body at its offset, or beside the part it changes; what was not placed has no mark', () => {
    expect(markPlace({ part: 'body', block: 14, at: 20 })).toEqual({ kind: 'text', block: 14, at: 20 });
    expect(markPlace({ part: 'signature', field: 'name', at: 4 })).toMatchObject({
      selector: '[data-testid="closing-signature"] [data-testid="closing-signer-name"]',
      label: 'Người ký',
      at: 4,
    });
    expect(markPlace({ part: 'target', key: 'thu-ngan-sach', field: 'value', at: 0 })).toMatchObject({ label: 'Chỉ tiêu' });
    // A recipient's line, past its "- ".
    expect(markPlace({ part: 'recipient', line: 2, field: 'text', at: 3 })).toMatchObject({ label: 'Nơi nhận', nth: 2, at: 5 });
    expect(markPlace({ part: 'header', field: 'issuingBody', at: 0 })).toMatchObject({ selector: '[data-testid="header-issuing-body"]' });
    expect(markPlace({ part: 'conference', line: 1, at: 0 })).toMatchObject({ nth: 1 });
    expect(markPlace({ part: 'none', where: 'Dòng ngày tháng' })).toBeNull();
  });

  it('says what it changes', () => {
    expect(markText({ kind: 'insert', inserted: 'SỬA ĐỔI ', deleted: '' })).toBe('+ SỬA ĐỔI');
    expect(markText({ kind: 'delete', inserted: '', deleted: 'phổ ' })).toBe('− phổ');
    expect(markText({ kind: 'insert', inserted: '800', deleted: '770,4' })).toBe('770,4 → 800');
  });
});
