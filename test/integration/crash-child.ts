import { writeSync } from 'node:fs';
import type { Resolution, TargetNode } from '../../electron/contract/model/index.ts';
import { getDocument, openStore } from '../../electron/store/index.ts';
import { saveDocument } from '../../electron/services/documentSave.ts';

/**
 * The child program of crash.test.ts: `node crash-child.ts <database> <documentId>`.
 * Opens the store and saves new versions of the document in a loop until it is killed
 * (SIGKILL, by the test). Every line it prints is written synchronously to fd 1, so a line the
 * parent has read was written after the step it names:
 *
 *   ready <documentId> <version>       the store is open and the document is at <version>
 *   saving <documentId> <version>      saveDocument for <version> is about to be called
 *   committed <documentId> <version>   saveDocument returned ok: <version> is committed
 *
 * It checkpoints the WAL more often than the app does (see main). Version v's content is
 * recognisable: its last paragraph holds the word `crashmoc<v>`, its draft round is v and the
 * "thu-ngan-sach" target reads (7704 + v) / 10 tỷ đồng.
 */

/** Appended paragraphs kept at the end of the body (older ones drop off, so a version stays ~60 KB). */
const KEEP_APPENDED = 30;
/** Stop by itself if nobody kills it (the parent has gone). */
const GIVE_UP_MS = 20_000;

const SENTENCES = [
  'Tiếp tục lãnh đạo, chỉ đạo xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu gắn với phát triển kinh tế nông nghiệp ứng dụng công nghệ cao.',
  'Tăng cường công tác quản lý, bảo vệ rừng; xử lý nghiêm các trường hợp vi phạm, lấn chiếm đất lâm nghiệp.',
  'Nâng cao chất lượng khám, chữa bệnh; vận động Nhân dân tham gia bảo hiểm y tế, bảo đảm tỷ lệ bao phủ theo chỉ tiêu đề ra.',
  'Đẩy mạnh chuyển đổi số, cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh cấp huyện.',
  'Giữ vững ổn định chính trị, bảo đảm quốc phòng - an ninh, trật tự an toàn xã hội trên địa bàn.',
] as const;

function report(line: string): void {
  const bytes = Buffer.from(`${line}\n`, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset);
    } catch (err) {
      if (!(err instanceof Error && 'code' in err && err.code === 'EAGAIN')) throw err;
    }
  }
}

function die(message: string): never {
  process.stderr.write(`crash-child: ${message}\n`);
  process.exit(3);
}

/** "770,5": the target value of version v, written the Vietnamese way. */
export function revenueOf(version: number): { written: string; value: number } {
  const tenths = 7704 + version;
  return { written: `${Math.trunc(tenths / 10)},${tenths % 10}`, value: tenths / 10 };
}

export function markerOf(version: number): string {
  return `crashmoc${version}`;
}

function withRevenue(nodes: readonly TargetNode[], version: number): TargetNode[] {
  return nodes.map((node) => {
    if (node.key !== 'thu-ngan-sach') return { ...node, children: withRevenue(node.children, version) };
    const { written, value } = revenueOf(version);
    return { ...node, value: { written, parsed: { kind: 'exact', value, direction: 'exact' } } };
  });
}

/** Version `version` of the document, made from the one before it. */
function nextContent(previous: Resolution, version: number, baseBlocks: number): Resolution {
  const kept = previous.body.slice(baseBlocks).slice(-(KEEP_APPENDED - 1));
  const sentence = SENTENCES[version % SENTENCES.length] ?? SENTENCES[0];
  const paragraph = {
    type: 'paragraph' as const,
    runs: [{ type: 'text' as const, text: `Bổ sung lần ${version} (${markerOf(version)}): ${sentence}` }],
  };
  return {
    ...previous,
    marks: { ...previous.marks, draftRound: version },
    body: [...previous.body.slice(0, baseBlocks), ...kept, paragraph],
    targets: withRevenue(previous.targets, version),
  };
}

function main(): void {
  const [path, idText] = process.argv.slice(2);
  const documentId = Number(idText);
  if (path === undefined || !Number.isInteger(documentId)) die('cách dùng: crash-child.ts <tệp dữ liệu> <mã văn bản>');
  const opened = openStore(path);
  if (!opened.ok) die(opened.error.message);
  const { db } = opened.value;
  // A save adds ~60 WAL frames; the default checkpoint (every 1000) would never come within one
  // round, so checkpoint every ~2 saves and let some kills land in the middle of one.
  db.pragma('wal_autocheckpoint = 100');
  const start = getDocument(db, documentId);
  if (!start.ok) die(start.error.message);
  // Blocks before the first appended paragraph belong to the original document.
  const firstAppended = start.value.content.body.findIndex(
    (b) => b.type === 'paragraph' && b.runs.some((r) => r.type === 'text' && r.text.includes('crashmoc')),
  );
  const baseBlocks = firstAppended === -1 ? start.value.content.body.length : firstAppended;
  report(`ready ${documentId} ${start.value.version}`);

  let current = start.value;
  const deadline = Date.now() + GIVE_UP_MS;
  while (Date.now() < deadline) {
    const version = current.version + 1;
    const content = nextContent(current.content, version, baseBlocks);
    report(`saving ${documentId} ${version}`);
    const saved = saveDocument(db, {
      id: documentId,
      content,
      expectedVersion: current.version,
      who: 'Tiến trình thử sập',
      why: `Lưu lần ${version}`,
    });
    if (!saved.ok) die(`${saved.error.code}: ${saved.error.message}`);
    if (saved.value.version !== version) die(`lưu xong nhưng phiên bản là ${saved.value.version}, không phải ${version}`);
    report(`committed ${documentId} ${version}`);
    current = saved.value;
  }
  die(`không bị dừng sau ${GIVE_UP_MS} ms`);
}

if (import.meta.main) main();
