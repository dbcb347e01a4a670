import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { underLoad } from '../../bench/busyLoad.ts';

/** Whether a process is running (not gone, not a zombie). */
function running(pid: number): boolean {
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** CPU time (user + system, in clock ticks) a process has used so far. */
const ticks = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]);
};

describe('the bench’s busy processes', () => {
  it('keep the CPU busy while the measure runs, and are gone afterwards, also when it fails', async () => {
    let seen: number[] = [];
    await underLoad(2, async (pids) => {
      seen = pids;
      expect(pids).toHaveLength(2);
      const before = pids.map(ticks);
      await new Promise((done) => setTimeout(done, 300));
      pids.forEach((pid, i) => expect(ticks(pid)).toBeGreaterThan(before[i] ?? 0));
    });
    expect(seen.filter(running)).toEqual([]);
    await expect(
      underLoad(1, async (pids) => {
        seen = pids;
        throw new Error('phép đo hỏng');
      }),
    ).rejects.toThrow('phép đo hỏng');
    expect(seen.filter(running)).toEqual([]);
  });
});
