import { writeSync } from 'node:fs';
import { openStore } from '../../electron/store/index.ts';
import { issueDocument } from '../../electron/services/register.ts';

/**
 * The child program of register-concurrency.test.ts: `node register-child.ts <database> <firstId> <count> <date>`.
 * Issues documents firstId .. firstId + count - 1 one by one (each its own BEGIN IMMEDIATE
 * transaction), retrying when the database stays busy, then prints one JSON line:
 * {"issued": n, "retries": r, "numbers": [...]} with the number each document got.
 */

function die(message: string): never {
  process.stderr.write(`register-child: ${message}\n`);
  process.exit(3);
}

function main(): void {
  const [path, firstText, countText, date] = process.argv.slice(2);
  const first = Number(firstText);
  const count = Number(countText);
  if (!path || !Number.isInteger(first) || !Number.isInteger(count) || !date) {
    die('cách dùng: register-child.ts <tệp> <mã đầu> <số lượng> <ngày>');
  }
  const opened = openStore(path);
  if (!opened.ok) die(opened.error.message);
  const { db } = opened.value;
  const numbers: number[] = [];
  let retries = 0;
  for (let id = first; id < first + count; id++) {
    for (;;) {
      const issued = issueDocument(db, { id, who: `Văn thư ${process.pid}`, date });
      if (issued.ok) {
        numbers.push(issued.value.numberSeq ?? -1);
        break;
      }
      const busy = issued.error.details?.some((d) => /locked|busy/i.test(d)) ?? false;
      if (!busy) die(`#${id}: ${issued.error.code} ${issued.error.message} ${(issued.error.details ?? []).join('; ')}`);
      retries++;
    }
  }
  opened.value.close();
  writeSync(1, `${JSON.stringify({ issued: numbers.length, retries, numbers })}\n`);
}

if (import.meta.main) main();
