import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { saveEdits, type EditsInput } from '../../electron/services/documentEdits.ts';
import { saveDocument } from '../../electron/services/documentSave.ts';
import { startEditsThread } from '../../electron/services/editsThread.ts';
import { openStore, saveOrganization } from '../../electron/store/index.ts';
import { organizations } from './benchOrgs.ts';
import { must, WHO } from './generate.ts';
import { longResolution, middleEdit } from './longDocument.ts';
import { sampleRow, type Row } from './stats.ts';

/** The draft's pages, as the keystroke rows type in (browser.ts). */
const PAGES = 300;
/** The goal for the main thread's share of an autosave: half a 60 Hz frame, the rest of it left to the window. */
const HALF_FRAME_MS = 8;
/** Autosaves measured each way, after two not measured. */
const SAVES = 30;

/**
 * How long the desktop app's main thread is busy for each autosave of a ~300-page draft: the
 * thread that also passes the keys on to the window (services/editsThread.ts). Both ways in one
 * run, on the same database file: through the autosaves' thread, then saveEdits on the main
 * thread, as before. Busy time is the main thread's event-loop active time from the call to its
 * answer (performance.eventLoopUtilization); the answer's wall time is shown alongside.
 */
export async function editsThreadRows(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'soan-nq-bench-edits-'));
  const store = must(openStore(join(dir, 'du-lieu.sqlite')));
  const thread = startEditsThread(
    store.path,
    (input) => saveEdits(store.db, input),
    (err) => {
      throw err;
    },
  );
  try {
    const org = organizations()[0];
    if (!org) throw new Error('Không có tổ chức mẫu');
    must(saveOrganization(store.db, org));
    const content = longResolution(PAGES);
    const draft = must(saveDocument(store.db, { orgId: org.id, content, who: WHO, why: 'Dữ liệu đo' }));
    let version = draft.version;
    const input = (i: number): EditsInput => ({
      id: draft.id,
      expectedVersion: version,
      content: middleEdit(content, `Đoạn sửa lần thứ ${i + 1}`),
      who: WHO,
    });
    const ways = {
      main: { busy: [] as number[], wall: [] as number[], save: (i: number) => Promise.resolve(saveEdits(store.db, input(i))) },
      thread: { busy: [] as number[], wall: [] as number[], save: (i: number) => thread.save(input(i)) },
    };
    // The thread's saves first: the main thread's own saves leave garbage and an idle reindex
    // (searchIdle.ts) that would be collected and run while a thread's save is awaited.
    for (const way of [ways.thread, ways.main]) {
      for (let i = 0; i < SAVES + 2; i += 1) {
        const elu = performance.eventLoopUtilization();
        const start = performance.now();
        version = must(await way.save(i)).version;
        const wall = performance.now() - start;
        if (i < 2) continue;
        way.busy.push(performance.eventLoopUtilization(elu).active);
        way.wall.push(wall);
      }
    }
    return [
      sampleRow(
        `luồng chính bận mỗi lần tự động lưu NQ ~${PAGES} trang: lưu trong luồng riêng (ứng dụng máy tính)`,
        ways.thread.busy,
        'p95 < 8 ms',
        (_, p95) => p95 < HALF_FRAME_MS,
      ),
      sampleRow('  └ nếu lưu ngay trên luồng chính (như trước)', ways.main.busy, '—', null),
      sampleRow('  └ thời gian đến khi có trả lời, lưu trong luồng riêng', ways.thread.wall, '—', null),
    ];
  } finally {
    await thread.stop();
    must(store.close());
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { printTable } = await import('./stats.ts');
  printTable(await editsThreadRows());
}
