import type { XmlElement } from '../../ooxml/xml/parse.ts';
import { child, children, val } from '../../ooxml/xml/query.ts';
import { mergePara, mergeRun, readParaProps, readRunProps, type ParaProps, type RunProps } from './props.ts';

/**
 * styles.xml as a resolver: document defaults, then a style's `basedOn` chain (base first),
 * so that a paragraph's or a run's effective formatting can be computed as Word does for the
 * properties we check (toggle properties are resolved by "last layer wins").
 */

type Style = { id: string; type: string; basedOn: string | null; name: string; para: ParaProps; run: RunProps };

export type Styles = {
  /** Paragraph props of the chain of a paragraph style (default paragraph style when null). */
  paraStyle(id: string | null): ParaProps;
  /** Run props a paragraph style gives its runs. */
  paraStyleRun(id: string | null): RunProps;
  /** Run props of a character style chain. */
  charStyle(id: string | null): RunProps;
  /** Props of a table style chain. */
  tableStyle(id: string | null): { para: ParaProps; run: RunProps };
  defaults: { para: ParaProps; run: RunProps };
  /** The style's display name ("heading 1"), for messages. */
  nameOf(id: string | null): string | null;
};

const MAX_CHAIN = 20;

export function readStyles(root: XmlElement | null, themeFonts: { minor: string | null; major: string | null }): Styles {
  const docDefaults = child(root, 'w:docDefaults');
  const resolveFont = (r: RunProps): RunProps => {
    if (r.font === 'theme:minor' && themeFonts.minor) return { ...r, font: themeFonts.minor };
    if (r.font === 'theme:major' && themeFonts.major) return { ...r, font: themeFonts.major };
    return r;
  };
  const defaults = {
    para: readParaProps(child(child(docDefaults, 'w:pPrDefault'), 'w:pPr')),
    run: resolveFont(readRunProps(child(child(docDefaults, 'w:rPrDefault'), 'w:rPr'))),
  };
  const styles = new Map<string, Style>();
  let defaultPara: string | null = null;
  let defaultTable: string | null = null;
  for (const s of children(root, 'w:style')) {
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    const type = s.attrs['w:type'] ?? 'paragraph';
    styles.set(id, {
      id,
      type,
      basedOn: val(s, 'w:basedOn'),
      name: val(s, 'w:name') ?? id,
      para: readParaProps(child(s, 'w:pPr')),
      run: resolveFont(readRunProps(child(s, 'w:rPr'))),
    });
    if (/^(1|true|on)$/.test(s.attrs['w:default'] ?? '')) {
      if (type === 'paragraph') defaultPara = id;
      if (type === 'table') defaultTable = id;
    }
  }
  const chain = (id: string | null): Style[] => {
    const out: Style[] = [];
    const seen = new Set<string>();
    let cur = id === null ? undefined : styles.get(id);
    while (cur && !seen.has(cur.id) && out.length < MAX_CHAIN) {
      seen.add(cur.id);
      out.unshift(cur);
      cur = cur.basedOn === null ? undefined : styles.get(cur.basedOn);
    }
    return out;
  };
  const paraChain = (id: string | null): Style[] => chain(id !== null && styles.has(id) ? id : defaultPara);
  return {
    paraStyle: (id) => mergePara(...paraChain(id).map((s) => s.para)),
    paraStyleRun: (id) => mergeRun(...paraChain(id).map((s) => s.run)),
    charStyle: (id) => mergeRun(...chain(id).map((s) => s.run)),
    tableStyle: (id) => {
      const c = chain(id !== null && styles.has(id) ? id : defaultTable);
      return { para: mergePara(...c.map((s) => s.para)), run: mergeRun(...c.map((s) => s.run)) };
    },
    defaults,
    nameOf: (id) => (id === null ? null : (styles.get(id)?.name ?? id)),
  };
}

/** Minor and major latin fonts of the theme (theme1.xml), for runs that name a theme font. */
export function readThemeFonts(root: XmlElement | null): { minor: string | null; major: string | null } {
  const fontScheme = findDeep(root, 'a:fontScheme', 4);
  const latin = (which: string): string | null => child(child(fontScheme, which), 'a:latin')?.attrs['typeface'] ?? null;
  return { minor: latin('a:minorFont'), major: latin('a:majorFont') };
}

function findDeep(el: XmlElement | null, name: string, depth: number): XmlElement | null {
  if (!el || depth < 0) return null;
  if (el.name === name) return el;
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    const found = findDeep(c, name, depth - 1);
    if (found) return found;
  }
  return null;
}
