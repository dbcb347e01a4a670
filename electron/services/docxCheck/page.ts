import type { FormatProfile } from '../../format/profile.ts';
import { pageMargins } from '../../format/pageMargins.ts';
import type { PageSetup, SourcePara } from '../../import/source.ts';
import { finding, type DocxFinding } from './finding.ts';
import { visibleRuns } from './measure.ts';

/**
 * Page setup of every section (A4; margins top/bottom/left/right from the profile, within half
 * a millimetre; a landscape section may swap width and height) and the font of every run.
 */

const TOLERANCE_MM = 0.6;
const mm = (n: number): string => `${Math.round(n * 10) / 10} mm`;

export function checkPages(pages: readonly PageSetup[], profile: FormatProfile): DocxFinding[] {
  const p = profile.page;
  const out: DocxFinding[] = [];
  if (pages.length === 0) {
    return [
      finding(
        'warning',
        'page.missing',
        null,
        'Tệp không ghi khổ giấy và lề',
        `A4, lề ${p.margins.top}/${p.margins.bottom}/${p.margins.left}/${p.margins.right} mm`,
        'không có',
        'Mở bằng Word, đặt khổ A4 và lề trang (Layout > Margins) rồi lưu lại.',
      ),
    ];
  }
  pages.forEach((page, i) => {
    const section = pages.length > 1 ? ` (phần ${i + 1})` : '';
    const near = (a: number, b: number): boolean => Math.abs(a - b) <= TOLERANCE_MM;
    const portrait = near(page.widthMm, p.widthMm) && near(page.heightMm, p.heightMm);
    const landscape = near(page.widthMm, p.heightMm) && near(page.heightMm, p.widthMm);
    if (!portrait && !landscape) {
      out.push(
        finding(
          'error',
          'page.size',
          null,
          `Khổ giấy${section}`,
          `A4 (${p.widthMm} × ${p.heightMm} mm)`,
          `${mm(page.widthMm)} × ${mm(page.heightMm)}`,
          'Đặt khổ giấy A4 (Layout > Size > A4).',
        ),
      );
    }
    const m = page.margins;
    // A landscape page may keep the binding margin on the bound edge (the profile's setting) or the portrait margins.
    const turned = landscape && !portrait ? [pageMargins(profile, 'landscape'), p.margins] : [p.margins];
    const fits = (want: typeof m): boolean =>
      near(m.top, want.top) && near(m.bottom, want.bottom) && near(m.left, want.left) && near(m.right, want.right);
    const want = turned[0] ?? p.margins;
    if (!turned.some(fits)) {
      out.push(
        finding(
          'error',
          'page.margins',
          null,
          `Lề trang${section} (trên/dưới/trái/phải)`,
          `${want.top}/${want.bottom}/${want.left}/${want.right} mm`,
          `${mm(m.top)}/${mm(m.bottom)}/${mm(m.left)}/${mm(m.right)}`,
          `Đặt lề trên ${want.top} mm, dưới ${want.bottom} mm, trái ${want.left} mm, phải ${want.right} mm.`,
        ),
      );
    }
  });
  return out;
}

/** Runs in another font than the profile's: the first paragraph, and how many are affected. */
export function checkFonts(paras: readonly SourcePara[], profile: FormatProfile): DocxFinding[] {
  const want = profile.fontFamily.toLowerCase();
  const bad = paras.filter((p) => visibleRuns(p).some((r) => (r.format?.font ?? want).toLowerCase() !== want));
  const first = bad[0];
  if (!first) return [];
  const fonts = [...new Set(bad.flatMap((p) => visibleRuns(p).map((r) => r.format?.font ?? '')).filter((f) => f.toLowerCase() !== want))];
  const more = bad.length > 1 ? ` (và ${bad.length - 1} đoạn khác)` : '';
  return [
    finding(
      'error',
      'font.family',
      first,
      `Phông chữ${more}`,
      profile.fontFamily,
      fonts.join(', '),
      `Chọn toàn bộ văn bản (Ctrl+A) và đặt phông ${profile.fontFamily}.`,
    ),
  ];
}
