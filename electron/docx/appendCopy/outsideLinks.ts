/**
 * What a certified copy of a received .docx must not carry: relationships that reach outside the
 * file (TargetMode="External": a remote or UNC attached template, linked images, OLE links,
 * hyperlinks, sub-documents), the attached template itself, macros (vbaProject) and embedded
 * objects or controls (word/embeddings, word/activeX). They are removed from the copy — the text,
 * styles and layout stay as they were: an embedded object keeps its preview picture, a hyperlink
 * keeps its text. Works on the raw text of parts already screened by the safe reader, so
 * everything else stays byte for byte.
 */

import { shortText } from '../../format/shortText.ts';

export type Cleaning = {
  /** Parts whose text changed, by their name in the ZIP. */
  parts: Map<string, string>;
  /** Parts removed from the package. */
  dropped: string[];
  /** What was removed, in Vietnamese, for the clerk. */
  notes: string[];
};

type Rel = { id: string; type: string; target: string; external: boolean; text: string };

const MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const MACRO_MAIN_TYPE = 'application/vnd.ms-word.document.macroEnabled.main+xml';
const RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Relationship types removed even when their target is inside the package. */
const UNSAFE_TYPE = /\/(vbaProject|wordVbaData|oleObject|package|control|activeXControlBinary|attachedTemplate|subDocument)$/i;
/** Parts dropped from the package: macros, embedded objects, ActiveX controls. */
const UNSAFE_PART = /(^|\/)(vbaProject\.bin|vbaData\.xml)$|(^|\/)(embeddings|activeX)\//i;
/** Elements that cannot stand without the relationship they name: removed whole. */
const DEPENDENT = ['OLEObject', 'control', 'subDoc', 'attachedTemplate'] as const;

function attrsOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1] ?? ''] = m[2] ?? m[3] ?? '';
  return out;
}

function relsOf(text: string): Rel[] {
  const rels: Rel[] = [];
  for (const m of text.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?Relationship>)/g)) {
    const a = attrsOf(m[0].slice(0, m[0].indexOf('>') + 1));
    rels.push({
      id: a['Id'] ?? '',
      type: a['Type'] ?? '',
      target: a['Target'] ?? '',
      external: /^external$/i.test(a['TargetMode'] ?? ''),
      text: m[0],
    });
  }
  return rels;
}

/** "word/_rels/document.xml.rels" → "word/document.xml"; "_rels/.rels" → "". */
function sourceOf(relsName: string): string {
  const m = /^(.*?)_rels\/(.*)\.rels$/i.exec(relsName);
  return m ? `${m[1]}${m[2]}` : '';
}

/** A relationship's internal target as a part name, resolved against the source part's folder. */
function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of target.replace(/^\/+/, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

function what(rel: Rel): string {
  const type = rel.type.slice(rel.type.lastIndexOf('/') + 1);
  const word: Record<string, string> = {
    attachedTemplate: 'mẫu văn bản đính kèm',
    image: 'ảnh liên kết',
    oleObject: 'đối tượng liên kết (OLE)',
    hyperlink: 'siêu liên kết (chữ vẫn giữ)',
    subDocument: 'văn bản con',
    frame: 'khung trang',
  };
  return `${word[type] ?? 'liên kết'} ${shortText(rel.target, 120)}`;
}

/** Removes every `local` element (self-closing or paired, any prefix) whose start tag passes `named`. */
function removeElements(xml: string, local: string, named: (tag: string) => boolean): string {
  const open = new RegExp(`<([\\w.-]+:)?${local}\\b[^>]*?(/?)>`, 'g');
  let out = '';
  let from = 0;
  for (let m = open.exec(xml); m !== null; m = open.exec(xml)) {
    if (m.index < from || !named(m[0])) continue;
    let end = m.index + m[0].length;
    if (m[2] !== '/') {
      const close = `</${m[1] ?? ''}${local}>`;
      const at = xml.indexOf(close, end);
      if (at < 0) continue;
      end = at + close.length;
    }
    out += xml.slice(from, m.index);
    from = end;
    open.lastIndex = end;
  }
  return from === 0 ? xml : out + xml.slice(from);
}

/** Removes the elements and attributes that name one of `ids` through the relationships namespace. */
function unreference(xml: string, ids: Set<string>): string {
  if (ids.size === 0) return xml;
  const prefixes = [...xml.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)].filter((m) => m[2] === RELS_NS).map((m) => m[1] ?? '');
  if (prefixes.length === 0) return xml;
  const attr = new RegExp(`\\s(?:${prefixes.join('|')}):[\\w.-]+\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
  const names = (tag: string): boolean => [...tag.matchAll(attr)].some((m) => ids.has(m[1] ?? m[2] ?? ''));
  let out = xml;
  for (const local of DEPENDENT) out = removeElements(out, local, names);
  return out.replace(attr, (a: string, d: string | undefined, s: string | undefined) => (ids.has(d ?? s ?? '') ? '' : a));
}

function contentTypes(text: string, dropped: Set<string>, remaining: string[]): string {
  let out = text.replace(/<(?:[\w.-]+:)?Override\b[^>]*?\/>/g, (tag) => {
    const part = (attrsOf(tag)['PartName'] ?? '').replace(/^\/+/, '').toLowerCase();
    return dropped.has(part) ? '' : tag;
  });
  out = out.replace(/<(?:[\w.-]+:)?Default\b[^>]*?\/>/g, (tag) => {
    const a = attrsOf(tag);
    const ext = (a['Extension'] ?? '').toLowerCase();
    const unsafe = /vbaProject|oleObject|activeX/i.test(a['ContentType'] ?? '');
    return unsafe && !remaining.some((n) => n.toLowerCase().endsWith(`.${ext}`)) ? '' : tag;
  });
  return out.split(MACRO_MAIN_TYPE).join(MAIN_TYPE);
}

/**
 * What to change in a received package (`texts`: every XML part by lower-case name; `names`:
 * lower-case name → name in the ZIP) so that its copy reaches nothing outside itself.
 */
export function cleanOutsideLinks(texts: Map<string, string>, names: Map<string, string>): Cleaning {
  const parts = new Map<string, string>();
  const notes: string[] = [];
  const dropped = new Set([...names.keys()].filter((n) => UNSAFE_PART.test(n)));
  for (const n of [...dropped]) dropped.add(`${n.replace(/[^/]*$/, '')}_rels/${n.replace(/^.*\//, '')}.rels`);
  const removedIds = new Map<string, Set<string>>();
  for (const [key, text] of texts) {
    if (!key.endsWith('.rels') || dropped.has(key)) continue;
    const source = sourceOf(key);
    const ids = new Set<string>();
    let out = text;
    for (const rel of relsOf(text)) {
      const internal = rel.external ? '' : resolveTarget(source, rel.target).toLowerCase();
      if (!rel.external && !UNSAFE_TYPE.test(rel.type) && !dropped.has(internal)) continue;
      if (rel.external) notes.push(`Đã bỏ ${what(rel)}.`);
      else if (/attachedTemplate$/i.test(rel.type)) notes.push(`Đã bỏ mẫu văn bản đính kèm ${shortText(rel.target, 120)}.`);
      ids.add(rel.id);
      out = out.replace(rel.text, '');
    }
    if (ids.size > 0) {
      parts.set(key, out);
      removedIds.set(source.toLowerCase(), ids);
    }
  }
  const macros = [...dropped].filter((n) => names.has(n) && /vba/i.test(n));
  const objects = [...dropped].filter((n) => names.has(n) && !/vba/i.test(n) && !/(\.rels|\/)$/.test(n));
  if (macros.length > 0) notes.push('Đã bỏ macro (VBA) của tệp.');
  if (objects.length > 0) notes.push(`Đã bỏ ${objects.length} đối tượng nhúng (OLE, ActiveX); hình xem trước của chúng vẫn giữ.`);
  for (const [key, text] of texts) {
    if (!/\.xml$/i.test(key) || dropped.has(key)) continue;
    const current = parts.get(key) ?? text;
    let out = unreference(current, removedIds.get(key) ?? new Set());
    if (/settings\.xml$/i.test(key)) out = removeElements(out, 'attachedTemplate', () => true);
    if (out !== current) parts.set(key, out);
  }
  const ct = texts.get('[content_types].xml');
  if (ct !== undefined) {
    const remaining = [...names.keys()].filter((n) => !dropped.has(n));
    const out = contentTypes(ct, dropped, remaining);
    if (out !== ct) {
      parts.set('[content_types].xml', out);
      if (ct.includes(MACRO_MAIN_TYPE) && macros.length === 0) notes.push('Đã đổi tệp có macro (.docm) thành tệp Word thường (.docx).');
    }
  }
  const byName = new Map<string, string>();
  for (const [key, text] of parts) byName.set(names.get(key) ?? key, text);
  return { parts: byName, notes: [...new Set(notes)], dropped: [...dropped].filter((n) => names.has(n)).map((n) => names.get(n) ?? n) };
}
