import { limits } from '../limits.ts';
import { canonicalPrefix, type Scope, scopeWith } from './namespaces.ts';
import { PREDEFINED_ENTITIES } from './entities.ts';

/**
 * A small, strict XML parser for the parts of a .docx. It refuses any DTD (`<!DOCTYPE`,
 * `<!ENTITY`), knows only the five predefined entities and character references, never
 * fetches or expands anything, and bounds depth and node count. Element and attribute names
 * of known namespaces get their canonical prefix ("w:p" whatever the file's prefix).
 */

export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlNode[] };
export type XmlNode = XmlElement | string;
export type XmlError = { kind: 'unsafe' | 'corrupt'; message: string };
export type XmlResult = { ok: true; root: XmlElement } | { ok: false; error: XmlError };

const NAME = /[A-Za-z_:][\w.:-]*/y;
const ATTR = /\s*([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const SPACE = /\s*/y;

class XmlFailure extends Error {
  readonly kind: 'unsafe' | 'corrupt';
  constructor(kind: 'unsafe' | 'corrupt', message: string) {
    super(message);
    this.kind = kind;
  }
}

/** Decodes entity and character references; throws on anything else. */
function decode(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]{0,12});?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new XmlFailure('corrupt', 'ký tự & không đúng chỗ');
    const named = PREDEFINED_ENTITIES[ref];
    if (named !== undefined) return named;
    const m = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(ref);
    if (!m) throw new XmlFailure('unsafe', `thực thể không được phép "&${ref};"`);
    const code = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new XmlFailure('corrupt', 'mã ký tự không hợp lệ');
    return String.fromCodePoint(code);
  });
}

type Open = { el: XmlElement; rawName: string; scope: Scope };

/** Parses one XML part. */
export function parseXml(text: string): XmlResult {
  try {
    return { ok: true, root: parseOrThrow(text) };
  } catch (err) {
    if (err instanceof XmlFailure) return { ok: false, error: { kind: err.kind, message: err.message } };
    if (err instanceof RangeError) return { ok: false, error: { kind: 'corrupt', message: 'XML quá sâu hoặc quá lớn' } };
    throw err;
  }
}

function parseOrThrow(input: string): XmlElement {
  const s = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (/<!DOCTYPE|<!ENTITY/i.test(s)) throw new XmlFailure('unsafe', 'có khai báo DTD/ENTITY');
  const stack: Open[] = [];
  let root: XmlElement | null = null;
  let nodes = 0;
  let i = 0;
  const n = s.length;
  const scopeOf = (): Scope => stack[stack.length - 1]?.scope ?? scopeWith(null, {});
  while (i < n) {
    const lt = s.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const text = s.slice(i, end);
      const top = stack[stack.length - 1];
      if (top) top.el.children.push(decode(text));
      else if (text.trim() !== '') throw new XmlFailure('corrupt', 'có chữ ngoài phần tử gốc');
    }
    if (lt < 0) break;
    i = lt;
    if (s.startsWith('<!--', i)) {
      const close = s.indexOf('-->', i + 4);
      if (close < 0) throw new XmlFailure('corrupt', 'chú thích XML không đóng');
      i = close + 3;
    } else if (s.startsWith('<![CDATA[', i)) {
      const close = s.indexOf(']]>', i + 9);
      const top = stack[stack.length - 1];
      if (close < 0 || !top) throw new XmlFailure('corrupt', 'CDATA không đúng chỗ');
      top.el.children.push(s.slice(i + 9, close));
      i = close + 3;
    } else if (s.startsWith('<?', i)) {
      const close = s.indexOf('?>', i + 2);
      if (close < 0) throw new XmlFailure('corrupt', 'chỉ thị xử lý không đóng');
      i = close + 2;
    } else if (s.startsWith('<!', i)) {
      throw new XmlFailure('unsafe', 'khai báo "<!" không được phép');
    } else if (s.charCodeAt(i + 1) === 47 /* / */) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(s);
      const top = stack.pop();
      if (!m || !top || m[0] !== top.rawName) throw new XmlFailure('corrupt', 'thẻ đóng không khớp');
      SPACE.lastIndex = i + 2 + m[0].length;
      SPACE.exec(s);
      if (s.charCodeAt(SPACE.lastIndex) !== 62) throw new XmlFailure('corrupt', 'thẻ đóng hỏng');
      i = SPACE.lastIndex + 1;
    } else {
      if (root && stack.length === 0) throw new XmlFailure('corrupt', 'có hơn một phần tử gốc');
      NAME.lastIndex = i + 1;
      const m = NAME.exec(s);
      if (!m) throw new XmlFailure('corrupt', 'thẻ mở hỏng');
      const rawName = m[0];
      let j = i + 1 + rawName.length;
      const raw: Record<string, string> = {};
      let declares: Record<string, string> | null = null;
      for (;;) {
        ATTR.lastIndex = j;
        const a = ATTR.exec(s);
        if (!a) break;
        const [, key = '', dq, sq] = a;
        if (key in raw) throw new XmlFailure('corrupt', `thuộc tính "${key}" lặp lại`);
        const value = decode(dq ?? sq ?? '');
        raw[key] = value;
        if (key === 'xmlns' || key.startsWith('xmlns:')) (declares ??= {})[key === 'xmlns' ? '' : key.slice(6)] = value;
        j = ATTR.lastIndex;
      }
      SPACE.lastIndex = j;
      SPACE.exec(s);
      j = SPACE.lastIndex;
      const selfClosing = s.charCodeAt(j) === 47;
      if (selfClosing) j += 1;
      if (s.charCodeAt(j) !== 62) throw new XmlFailure('corrupt', 'thẻ mở không đóng');
      i = j + 1;
      nodes += 1;
      if (nodes > limits.maxXmlNodes) throw new XmlFailure('corrupt', 'XML có quá nhiều phần tử');
      const scope = declares ? scopeWith(scopeOf(), declares) : scopeOf();
      const attrs: Record<string, string> = {};
      for (const key in raw) {
        if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
        attrs[canonicalPrefix(scope, key, false)] = raw[key] ?? '';
      }
      const el: XmlElement = { name: canonicalPrefix(scope, rawName, true), attrs, children: [] };
      const parent = stack[stack.length - 1];
      if (parent) parent.el.children.push(el);
      else root = el;
      if (!selfClosing) {
        if (stack.length >= limits.maxXmlDepth) throw new XmlFailure('corrupt', 'XML lồng quá sâu');
        stack.push({ el, rawName, scope });
      }
    }
  }
  if (stack.length > 0 || !root) throw new XmlFailure('corrupt', 'XML không đầy đủ (thiếu thẻ đóng)');
  return root;
}
