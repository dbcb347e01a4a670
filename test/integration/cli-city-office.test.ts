import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

/**
 * A Thành ủy setting itself up from the command line, as an office types it: the kind brings the
 * issuer code (TU) and the copying office's code (VPTU); a one-syllable place is told the unit
 * 05-HD wants for a city ("Thành phố Huế", not "Xã Huế"); a flag left out is named alone.
 */
const work = mkdtempSync(join(tmpdir(), 'soan-nq-city-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const db = join(work, 'hue.sqlite');
const cli = (...args: string[]) => runCli([...args, '--db', db], { cwd: work });

describe('soan-nq org add for a Thành ủy', () => {
  it('suggests TU and VPTU, says "Thành phố Huế", and names the one flag left out', async () => {
    const missing = await cli('org', 'add', '--id', 'TU-HUE', '--kind', 'thanh-uy', '--name', 'THÀNH ỦY HUẾ', '--office', 'VĂN PHÒNG');
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe('Lỗi: thiếu --place');

    const added = await cli(
      'org',
      'add',
      '--id',
      'TU-HUE',
      '--kind',
      'thanh-uy',
      '--name',
      'THÀNH ỦY HUẾ',
      '--place',
      'Huế',
      '--office',
      'VĂN PHÒNG',
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Ký hiệu cơ quan ban hành gợi ý theo loại: TU');
    expect(added.stdout).toContain('Ký hiệu của cơ quan sao gợi ý theo loại: VPTU, bản sao mang số "Số 01-BS/VPTU"');
    expect(added.stdout).toContain('ví dụ "Thành phố Huế"');
    const listed = JSON.parse((await cli('org', 'list', '--json')).stdout) as { id: string; issuerCode: string; officeCode: string }[];
    expect(listed.map((o) => [o.id, o.issuerCode, o.officeCode])).toEqual([['TU-HUE', 'TU', 'VPTU']]);
    // --json prints the JSON alone (it printed the text lines after it, so no script could read it).
    expect((await cli('person', 'add', '--name', 'Lê Quang Vinh', '--role', 'chanh-van-phong')).code).toBe(0);
    const people = JSON.parse((await cli('person', 'list', '--json')).stdout) as { name: string }[];
    expect(people.map((p) => p.name)).toEqual(['Lê Quang Vinh']);
  }, 60_000);

  it('takes a day as the office writes it, 1/10/2025, in every date flag', async () => {
    const term = await cli('term', 'add', '--org', 'TU-HUE', '--name', '2025-2030', '--from', '1/10/2025');
    expect(term.stderr).toBe('');
    expect(term.stdout).toContain('từ 01/10/2025');
    const wrong = await cli('term', 'add', '--org', 'TU-HUE', '--name', '2030-2035', '--from', '31/02/2030');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('from');
  }, 60_000);
});
