import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fileSink, makeCopy, memorySink, type CopyRequest, type CopySink } from '../../../electron/services/copies/index.ts';
import { listCopies, recordCopy } from '../../../electron/store/copyRegister.ts';
import { createRecipientList } from '../../../electron/store/recipientLists.ts';
import { unzipDocx } from '../../support/docxXml.ts';
import { provincialResolutionDocx } from '../../fixtures/copies/provincialResolution.ts';
import { copiesStore, must } from './kit.ts';

let kit: ReturnType<typeof copiesStore>;
afterEach(() => kit.store.close());
let received: Uint8Array;
const dir = mkdtempSync(join(tmpdir(), 'soan-nq-copies-'));
beforeAll(async () => {
  received = await provincialResolutionDocx(3);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start() {
  kit = copiesStore();
  return kit.store.db;
}

const saoY = (over: Partial<CopyRequest> = {}): CopyRequest => ({
  kind: 'sao-y',
  source: { documentId: kit.issuedId },
  date: '2022-01-05',
  who: 'Văn thư',
  ...over,
});
const saoLuc = (over: Partial<CopyRequest> = {}): CopyRequest => ({
  kind: 'sao-luc',
  source: { received, fileName: 'tinh-uy.docx' },
  orgId: 'HU-DUC-TRONG',
  date: '2022-01-05',
  who: 'Văn thư',
  ...over,
});
const message = async (p: ReturnType<typeof makeCopy>): Promise<string> => {
  const r = await p;
  return r.ok ? 'thành công' : r.error.message;
};

describe('making a copy', () => {
  it('sao y: our issued resolution, the office signs, the default list, number 01 of the term', async () => {
    const db = start();
    const made = must(await makeCopy(db, saoY()));
    expect(made.number).toBe('Số 01-BS/VPHU');
    expect(made.fileName).toBe('Sao-y-ban-chinh-01-BS-VPHU.docx');
    expect(made.record).toMatchObject({
      kind: 'sao-y',
      documentId: kit.issuedId,
      copiedOn: '2022-01-05',
      sourceLabel: 'Nghị quyết số 04-NQ/HU ngày 10/12/2021',
      termId: kit.terms.xiii,
    });
    expect(made.record.signer).toEqual({
      authority: 'K/T',
      authorityOf: 'CHÁNH VĂN PHÒNG',
      title: 'PHÓ CHÁNH VĂN PHÒNG',
      name: 'Lê Văn Hùng',
    });
    // The body's own lines when no list is saved for copies (it was "Lưu Văn phòng", whoever the body).
    expect(made.record.recipients).toEqual([{ text: 'Các chi bộ, đảng bộ trực thuộc' }, { text: 'Lưu Văn phòng Huyện ủy' }]);
    const xml = (await unzipDocx(made.bytes)).get('word/document.xml') ?? '';
    expect(xml.indexOf('SAO Y BẢN CHÍNH')).toBeGreaterThan(xml.indexOf('PHỤ LỤC'));
    expect(xml).toContain('Đức Trọng, ngày 05 tháng 01 năm 2022');
  });

  it('takes the list saved for copies, a typed list, a chosen or typed signer', async () => {
    const db = start();
    must(
      createRecipientList(db, {
        orgId: 'HU-DUC-TRONG',
        name: 'Nơi nhận bản sao',
        lines: [{ text: 'Thường trực Huyện ủy' }, { text: 'Lưu VP' }],
      }),
    );
    expect(must(await makeCopy(db, saoY())).record.recipients.map((r) => r.text)).toEqual(['Thường trực Huyện ủy', 'Lưu VP']);
    const typed = must(
      await makeCopy(
        db,
        saoY({
          recipients: [{ text: 'Đảng ủy xã Hiệp Thạnh' }],
          signature: { authority: 'none', authorityOf: '', title: 'CHÁNH VĂN PHÒNG', name: 'Phạm Văn C' },
        }),
      ),
    );
    expect(typed.record.recipients).toEqual([{ text: 'Đảng ủy xã Hiệp Thạnh' }]);
    expect(typed.record.signer).toEqual({ authority: 'none', authorityOf: '', title: 'CHÁNH VĂN PHÒNG', name: 'Phạm Văn C' });
    expect(must(await makeCopy(db, saoY({ signature: { name: 'Trần Thị D' } }))).record.signer).toMatchObject({
      authority: 'K/T',
      name: 'Trần Thị D',
    });
    expect(await message(makeCopy(db, saoY({ signerId: 99 })))).toContain('Không có người ký #99');
    expect(await message(makeCopy(db, saoY({ recipientList: 'Không có' })))).toContain('"Nơi nhận bản sao"');
  });

  it('sao lục: a received file, copied by the office of the body named, label read from the file', async () => {
    const db = start();
    must(await makeCopy(db, saoY()));
    const made = must(await makeCopy(db, saoLuc()));
    expect(made.number).toBe('Số 02-BS/VPHU');
    expect(made.record).toMatchObject({ kind: 'sao-luc', documentId: null, sourceLabel: 'Nghị quyết số 12-NQ/TU' });
    expect(
      must(await makeCopy(db, saoLuc({ sourceLabel: 'Nghị quyết 12-NQ/TU ngày 05/12/2021 của Tỉnh ủy' }))).record.sourceLabel,
    ).toContain('của Tỉnh ủy');
  });

  it('trích sao: the chosen blocks, named in the register', async () => {
    const db = start();
    const made = must(await makeCopy(db, { ...saoY(), kind: 'trich-sao', parts: '47-50,60' }));
    expect(made.record.sourceLabel).toBe('Nghị quyết số 04-NQ/HU ngày 10/12/2021, trích phần 47-50, 60');
    const xml = (await unzipDocx(made.bytes)).get('word/document.xml') ?? '';
    expect(xml).toContain('TRÍCH SAO');
    expect(xml).toContain('NHIỆM VỤ VÀ GIẢI PHÁP');
    expect(xml).not.toContain('PHỤ LỤC');
    expect(await message(makeCopy(db, { ...saoY(), kind: 'trich-sao' }))).toContain('cần chọn phần trích');
    expect(await message(makeCopy(db, { ...saoY(), kind: 'trich-sao', parts: '70-90' }))).toContain('có 76 khối');
  });

  it('refuses what cannot be copied, in Vietnamese', async () => {
    const db = start();
    expect(await message(makeCopy(db, saoY({ source: { documentId: kit.draftId } })))).toContain('chưa ban hành');
    expect(await message(makeCopy(db, saoY({ source: { documentId: 999 } })))).toContain('Không tìm thấy văn bản #999');
    expect(await message(makeCopy(db, saoY({ orgId: 'HU-NHON-TRACH' })))).toContain('Sao y bản chính do chính cơ quan ban hành');
    expect(await message(makeCopy(db, saoY({ kind: 'sao-luc' })))).toContain('Sao lục là sao văn bản của cơ quan khác');
    expect(await message(makeCopy(db, saoY({ parts: '1-2' })))).toContain('Chỉ trích sao');
    expect(await message(makeCopy(db, saoY({ date: '2021-12-01' })))).toContain('trước ngày ban hành');
    expect(await message(makeCopy(db, saoY({ date: '2026-02-05' })))).toContain('không có nhiệm kỳ nào vào ngày 05/02/2026');
    expect(await message(makeCopy(db, saoY({ date: '2022-02-30' })))).toContain('Ngày sao không hợp lệ');
    expect(await message(makeCopy(db, saoLuc({ kind: 'sao-y' })))).toContain('dùng sao lục');
    expect(await message(makeCopy(db, saoLuc({ orgId: undefined })))).toContain('Sao lục cần cơ quan làm bản sao');
    expect(await message(makeCopy(db, saoLuc({ orgId: 'HU-KHONG-CO' })))).toContain('Không tìm thấy tổ chức "HU-KHONG-CO"');
    expect(await message(makeCopy(db, saoLuc({ source: { received: new TextEncoder().encode('x'), fileName: 'a.docx' } })))).toContain(
      'Không dùng được tệp .docx nhận về',
    );
    expect(must(listCopies(db, { orgId: 'HU-DUC-TRONG', termId: kit.terms.xiii }))).toEqual([]);
  });

  it('prints again with the next number when another copy took its number meanwhile', async () => {
    const db = start();
    let interfered = false;
    const racing: CopySink = {
      async stage(bytes) {
        if (!interfered) {
          interfered = true;
          must(
            recordCopy(db, {
              orgId: 'HU-DUC-TRONG',
              termId: kit.terms.xiii,
              kind: 'sao-luc',
              documentId: null,
              sourceLabel: 'Khác',
              copiedOn: '2022-01-05',
              recipients: [{ text: 'A' }],
              signer: { authority: 'none', authorityOf: '', title: 'B', name: 'C' },
              who: 'Máy khác',
            }),
          );
        }
        return memorySink.stage(bytes);
      },
    };
    const made = must(await makeCopy(db, saoY(), racing));
    expect(made.number).toBe('Số 02-BS/VPHU');
    expect((await unzipDocx(made.bytes)).get('word/document.xml')).toContain('Số 02-BS/VPHU');
  });

  it('writes the file and the register together, or neither', async () => {
    const db = start();
    const out = join(dir, 'sao-y.docx');
    must(await makeCopy(db, saoY(), fileSink(out)));
    expect(readdirSync(dir)).toEqual(['sao-y.docx']);
    const blocked = join(dir, 'thu-muc.docx');
    mkdirSync(blocked);
    expect(await message(makeCopy(db, saoY(), fileSink(blocked)))).toContain('thu-muc.docx');
    expect(await message(makeCopy(db, saoY(), fileSink(join(dir, 'khong-co', 'x.docx'))))).toContain('thư mục chứa tệp không tồn tại');
    expect(await message(makeCopy(db, saoY(), fileSink(join(dir, 'x.pdf'))))).toContain('phải có đuôi .docx');
    expect(readdirSync(dir).sort()).toEqual(['sao-y.docx', 'thu-muc.docx']);
    expect(must(listCopies(db, { orgId: 'HU-DUC-TRONG', termId: kit.terms.xiii })).map((c) => c.seq)).toEqual([1]);
  });
});
