import type { DocumentSummary } from '../../electron/contract/model/office.ts';
import { formatDateField, formatDateTime, localDate, localTime } from '../../electron/format/dates.ts';

/** Times and dates the Vietnamese way: "14:05", "10/12/2021", "10/12/2021 14:05". */
export function timeVi(d: Date): string {
  return localTime(d);
}

export function dateVi(d: Date): string {
  return formatDateField(localDate(d));
}

/** An ISO timestamp as "10/12/2021 14:05" (local time); the text itself when it is not a date. */
export function dateTimeVi(iso: string): string {
  return formatDateTime(iso);
}

/** An ISO day "2021-12-10" as "10/12/2021". */
export function isoDayVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "Nghị quyết năm 2024" (+ the conference, when the title names one). */
export function documentTitle(doc: Pick<DocumentSummary, 'title' | 'planYear'>): string {
  const type = /^NGHỊ QUYẾT/iu.test(doc.title) ? 'Nghị quyết' : doc.title.split(' ').slice(0, 2).join(' ');
  const rest = doc.title.slice(type.length).trim();
  const name = type.toLocaleLowerCase('vi').replace(/^./u, (c) => c.toLocaleUpperCase('vi'));
  return rest ? `${name} năm ${doc.planYear} — ${rest}` : `${name} năm ${doc.planYear}`;
}
