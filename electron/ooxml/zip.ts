import { crc32, inflateRawSync } from 'node:zlib';
import { limits } from './limits.ts';
import { failWith, readOk, type ReadResult } from './readResult.ts';

/**
 * A ZIP reader for .docx packages that cannot be turned against the machine: it reads the
 * central directory itself, inflates only the parts asked for, each with an output cap of its
 * declared size (and of what is left of the total budget), and checks the real size and CRC.
 * A part that inflates past its declared size is a bomb; a wrong CRC or size is corruption.
 * ZIP64, multi-disk and encrypted archives are refused (a .docx never needs them).
 */

type Entry = { name: string; method: number; flags: number; crc: number; compressed: number; size: number; offset: number };

export type ZipArchive = {
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The inflated bytes of one part. */
  read(name: string): ReadResult<Uint8Array>;
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const utf8 = new TextDecoder('utf-8');

function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

function readDirectory(bytes: Uint8Array): ReadResult<Entry[]> {
  if (bytes.byteLength < 22) return failWith('CORRUPT_ZIP', ['tệp quá ngắn']);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return failWith('CORRUPT_ZIP', ['không thấy mục lục của tệp nén']);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || count === 0xffff || offset === 0xffffffff) {
    return failWith('CORRUPT_ZIP', ['dạng ZIP64 hoặc nhiều phần không được hỗ trợ']);
  }
  if (count > limits.maxZipEntries) return failWith('ZIP_BOMB', [`tệp nén có ${count} phần (tối đa ${limits.maxZipEntries})`]);
  if (offset + size > end) return failWith('CORRUPT_ZIP', ['mục lục của tệp nén nằm ngoài tệp']);
  const entries: Entry[] = [];
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > end || view.getUint32(p, true) !== CENTRAL) return failWith('CORRUPT_ZIP', ['mục lục của tệp nén bị hỏng']);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > end) return failWith('CORRUPT_ZIP', ['tên phần trong tệp nén bị cắt']);
    entries.push({
      name: utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressed: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extra + comment;
  }
  return readOk(entries);
}

/** Opens a ZIP package; nothing is inflated yet. */
export function openZip(bytes: Uint8Array): ReadResult<ZipArchive> {
  const dir = readDirectory(bytes);
  if (!dir.ok) return dir;
  const byName = new Map<string, Entry>();
  for (const e of dir.value) byName.set(e.name.toLowerCase(), e);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let budget: number = limits.maxInflatedBytes;
  const read = (name: string): ReadResult<Uint8Array> => {
    const e = byName.get(name.toLowerCase());
    if (!e) return failWith('CORRUPT_ZIP', [`thiếu phần "${name}"`]);
    if (e.flags & 1) return failWith('ENCRYPTED', [`phần "${name}" được mã hóa`]);
    if (e.size > budget) return failWith('ZIP_BOMB', [`phần "${name}" khai báo ${e.size} byte khi giải nén`]);
    const h = e.offset;
    if (h + 30 > bytes.byteLength || view.getUint32(h, true) !== LOCAL) return failWith('CORRUPT_ZIP', [`phần "${name}" bị hỏng`]);
    const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
    if (start + e.compressed > bytes.byteLength) return failWith('CORRUPT_ZIP', [`phần "${name}" bị cắt cụt`]);
    const data = bytes.subarray(start, start + e.compressed);
    let out: Uint8Array;
    if (e.method === 0) {
      out = data;
    } else if (e.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
      } catch (err) {
        const tooBig = err instanceof RangeError || (err instanceof Error && 'code' in err && err.code === 'ERR_BUFFER_TOO_LARGE');
        return tooBig
          ? failWith('ZIP_BOMB', [`phần "${name}" giải nén vượt kích thước khai báo`])
          : failWith('CORRUPT_ZIP', [`phần "${name}" không giải nén được`]);
      }
    } else {
      return failWith('CORRUPT_ZIP', [`phần "${name}" dùng cách nén không hỗ trợ (${e.method})`]);
    }
    if (out.byteLength !== e.size) return failWith('CORRUPT_ZIP', [`phần "${name}" có kích thước sai`]);
    if (crc32(out) >>> 0 !== e.crc >>> 0) return failWith('CORRUPT_ZIP', [`phần "${name}" sai mã kiểm tra (CRC)`]);
    budget -= out.byteLength;
    return readOk(out);
  };
  const seen = new Set<string>();
  for (const e of dir.value) {
    const key = e.name.toLowerCase();
    if (seen.has(key)) return failWith('CORRUPT_ZIP', [`phần "${e.name}" xuất hiện hai lần (tên trùng, kể cả chỉ khác chữ hoa/thường)`]);
    seen.add(key);
  }
  return readOk({ names: dir.value.map((e) => e.name), has: (name) => byName.has(name.toLowerCase()), read });
}
