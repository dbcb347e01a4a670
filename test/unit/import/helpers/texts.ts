import type { ImportReport } from '../../../../electron/import/index.ts';
import { importResolution } from '../../../../electron/import/index.ts';
import { readStructure, type Structure } from '../../../../electron/import/structure.ts';
import { textToSource } from '../../../../electron/import/text/lines.ts';

/** A short resolution as text, with the header, body and closing replaceable. */
export function resolutionText(parts: { header?: string; title?: string; body?: string; closing?: string; after?: string } = {}): string {
  return [
    parts.header ??
      'ĐẢNG BỘ TỈNH LÂM ĐỒNG\nHUYỆN ỦY ĐỨC TRỌNG\n*\nSố 04-NQ/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nĐức Trọng, ngày 10 tháng 12 năm 2021',
    parts.title ?? 'NGHỊ QUYẾT\nvề phát triển kinh tế - xã hội năm 2022',
    parts.body ?? 'I. MỤC TIÊU\n\n1. Phát triển kinh tế nhanh, bền vững.',
    parts.closing ?? 'Nơi nhận:\n- Tỉnh ủy,\n- Lưu Văn phòng.\n\nT/M HUYỆN ỦY\nBÍ THƯ\n\n\nNguyễn Văn A',
    parts.after ?? '',
  ].join('\n\n');
}

export function structureOf(text: string): Structure {
  return readStructure(textToSource(text));
}

export function importText(text: string): ImportReport {
  const r = importResolution(new TextEncoder().encode(text), { fallbackYear: 2022 });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message} ${(r.error.details ?? []).join('; ')}`);
  return r.value;
}
