import type { XmlElement, XmlNode } from './parse.ts';

/** Small helpers over the parsed tree. */

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

/** The first child element named `name`. */
export function child(el: XmlElement | null | undefined, name: string): XmlElement | null {
  if (!el) return null;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return null;
}

/** Every child element named `name`. */
export function children(el: XmlElement | null | undefined, name: string): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) out.push(c);
  return out;
}

/** `w:val` of a child ("w:pStyle" -> its w:val), or null. */
export function val(el: XmlElement | null | undefined, name: string): string | null {
  const c = child(el, name);
  return c ? (c.attrs['w:val'] ?? null) : null;
}

/** The text directly inside an element. */
export function textOf(el: XmlElement): string {
  let out = '';
  for (const c of el.children) if (typeof c === 'string') out += c;
  return out;
}

/**
 * A toggle property (w:b, w:i, w:caps …): absent -> undefined; present -> true unless its
 * w:val says "0", "false" or "off".
 */
export function toggle(el: XmlElement | null | undefined, name: string): boolean | undefined {
  const c = child(el, name);
  if (!c) return undefined;
  const v = c.attrs['w:val'];
  return v === undefined || !/^(0|false|off|none)$/i.test(v);
}

/** A whole number attribute, or null when absent or not a number. */
export function numAttr(el: XmlElement | null | undefined, name: string): number | null {
  const v = el?.attrs[name];
  if (v === undefined) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}
