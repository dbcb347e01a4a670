import { describe, expect, it } from 'vitest';
import { findProfile } from '../../../electron/format/profiles/index.ts';
import { checkResolution, countFindings } from '../../../electron/services/check/index.ts';
import { minimalDoc } from './minimalDoc.ts';

const found = findProfile('hd36-2018');
if (!found) throw new Error('thiếu thể thức hd36-2018');
const profile = found;
const codes = (doc: Parameters<typeof checkResolution>[0]) => checkResolution(doc, profile).map((f) => `${f.severity}:${f.code}`);

describe('format check of a document model', () => {
  it('finds nothing wrong in a well-made issued resolution', () => {
    expect(checkResolution(minimalDoc(), profile)).toEqual([]);
  });

  it('checks the number against the type and the body kind', () => {
    expect(
      codes(
        minimalDoc((d) => {
          d.header.number.typeCode = 'QĐ';
        }),
      ),
    ).toContain('error:number.type');
    expect(
      codes(
        minimalDoc((d) => {
          d.header.number.issuerCode = 'HU';
        }),
      ),
    ).toContain('warning:number.issuer');
    expect(
      codes(
        minimalDoc((d) => {
          d.header.number.issuerCode = 'H U';
        }),
      ),
    ).toContain('error:number.form');
  });

  it('ties number, date and the draft mark together', () => {
    expect(
      codes(
        minimalDoc((d) => {
          d.header.date = null;
        }),
      ),
    ).toContain('error:date.missing');
    expect(
      codes(
        minimalDoc((d) => {
          d.marks = { draftRound: 2 };
        }),
      ),
    ).toContain('error:draft.issued');
    const draft = minimalDoc((d) => {
      d.header.number.seq = null;
      d.header.date = null;
    });
    expect(codes(draft)).toEqual(['warning:draft.unmarked']);
    const marked = minimalDoc((d) => {
      d.header.number.seq = null;
      d.header.date = null;
      d.marks = { draftRound: 1 };
    });
    expect(codes(marked)).toEqual([]);
    expect(
      codes(
        minimalDoc((d) => {
          d.header.date = '2019-12-15';
        }),
      ),
    ).toContain('warning:date.year');
    expect(
      codes(
        minimalDoc((d) => {
          d.header.place = 'Đức Trọng, ngày 15';
        }),
      ),
    ).toContain('error:place.form');
  });

  it('checks the signing authority against the kind of body', () => {
    expect(
      codes(
        minimalDoc((d) => {
          d.signature.authority = 'K/T';
        }),
      ),
    ).toContain('error:signature.authority');
    expect(
      codes(
        minimalDoc((d) => {
          d.signature.authority = 'none';
        }),
      ),
    ).toContain('error:signature.authority');
    expect(
      codes(
        minimalDoc((d) => {
          d.signature.title = 'CHỦ TỊCH';
        }),
      ),
    ).toContain('warning:signature.title');
    const office = minimalDoc((d) => {
      d.header.bodyKind = 'van-phong';
      d.header.number.issuerCode = 'VPTU';
      d.signature = { authority: 'K/T', authorityOf: 'CHÁNH VĂN PHÒNG', title: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Trần Thị B' };
    });
    expect(codes(office)).toEqual([]);
    expect(
      codes(
        minimalDoc((d) => {
          d.header.bodyKind = 'van-phong';
          d.header.number.issuerCode = 'VPTU';
        }),
      ),
    ).toContain('error:signature.authority');
  });

  it('checks the recipients: the final storage line, "Lưu" without a colon, punctuation as written, duplicates', () => {
    expect(
      codes(
        minimalDoc((d) => {
          d.recipients.lines = [{ text: 'Ban Thường vụ Tỉnh ủy' }];
        }),
      ),
    ).toContain('warning:recipients.storage');
    expect(
      codes(
        minimalDoc((d) => {
          d.recipients.lines.push({ text: 'Lưu: VT' });
        }),
      ),
    ).toContain('warning:recipients.storage-colon');
    const asWritten = minimalDoc((d) => {
      d.recipients = {
        punctuation: 'as-written',
        lines: [{ text: 'Thường trực Tỉnh ủy.' }, { text: 'Các đồng chí Đảng ủy viên,' }, { text: 'Lưu Văn phòng Đảng ủy' }],
      };
    });
    const punct = checkResolution(asWritten, profile).filter((f) => f.code === 'recipients.punctuation');
    expect(punct.map((f) => f.path)).toEqual(['recipients.lines[0]', 'recipients.lines[2]']);
    expect(punct[0]?.message).toContain('yêu cầu ","');
    expect(
      codes(
        minimalDoc((d) => {
          d.recipients.lines.unshift({ text: 'Lưu Văn phòng Đảng ủy' });
        }),
      ),
    ).toContain('warning:recipients.duplicate');
  });

  it('requires the parts a resolution cannot go without', () => {
    expect(
      codes(
        minimalDoc((d) => {
          d.body = [];
        }),
      ),
    ).toContain('error:body.empty');
    expect(
      codes(
        minimalDoc((d) => {
          d.appendix = { include: true, title: 'CHỈ TIÊU NĂM 2026' };
        }),
      ),
    ).toContain('error:appendix.empty');
    expect(
      codes(
        minimalDoc((d) => {
          d.body.push({ type: 'targets' });
        }),
      ),
    ).toContain('warning:targets.empty');
    expect(
      codes(
        minimalDoc((d) => {
          d.title.summary = 'Về nhiệm vụ năm 2026';
        }),
      ),
    ).toContain('warning:title.summary-case');
  });

  it('lists errors before warnings and counts them', () => {
    const doc = minimalDoc((d) => {
      d.title.summary = 'Về nhiệm vụ';
      d.signature.authority = 'K/T';
    });
    const findings = checkResolution(doc, profile);
    expect(findings[0]?.severity).toBe('error');
    expect(countFindings(findings)).toEqual({ errors: 1, warnings: 1 });
    for (const f of findings) expect(f.fix.length).toBeGreaterThan(10);
  });
});
