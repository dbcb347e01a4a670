import { describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from '../../../electron/ooxml/xml/parse.ts';
import { child, textOf, toggle } from '../../../electron/ooxml/xml/query.ts';
import { escapeXml, unescapeXml } from '../../../electron/ooxml/xml/entities.ts';
import { runText } from '../../../electron/ooxml/runText.ts';
import { runText as runXmlText } from '../../../electron/services/review/runXml.ts';

const root = (xml: string): XmlElement => {
  const r = parseXml(xml);
  if (!r.ok) throw new Error(r.error.message);
  return r.root;
};

describe('the strict XML parser', () => {
  it('reads elements, attributes, text, CDATA and the predefined entities', () => {
    const r = root('<?xml version="1.0"?><!-- c --><a x="1" y=\'&lt;2&gt;\'><b>T &amp; &#x1EA0;&#65;</b><![CDATA[<raw>]]><c/></a>');
    expect(r.name).toBe('a');
    expect(r.attrs).toEqual({ x: '1', y: '<2>' });
    const b = child(r, 'b');
    expect(b && textOf(b)).toBe('T & ẠA');
    expect(r.children).toContain('<raw>');
    expect(child(r, 'c')?.children).toEqual([]);
  });

  it('gives known namespaces their canonical prefix whatever the file chose', () => {
    const r = root(
      '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:p><x:b x:val="0"/></x:p></x:document>',
    );
    expect(r.name).toBe('w:document');
    const p = child(r, 'w:p');
    expect(p).not.toBeNull();
    expect(toggle(p, 'w:b')).toBe(false);
  });

  it('refuses a DTD, an entity declaration and unknown entities, never expanding them', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><a>&lol2;</a>';
    expect(parseXml(bomb)).toMatchObject({ ok: false, error: { kind: 'unsafe' } });
    expect(parseXml('<!ENTITY x SYSTEM "file:///etc/passwd"><a/>')).toMatchObject({ ok: false, error: { kind: 'unsafe' } });
    expect(parseXml('<a>&xxe;</a>')).toMatchObject({ ok: false, error: { kind: 'unsafe' } });
  });

  it('reports broken XML instead of throwing', () => {
    for (const bad of ['<a><b></a>', '<a>', '<a></a><b/>', 'text<a/>', '<a x="1" x="2"/>', '<a>&#0;</a>', '<a x=1/>', '<a & b/>', '']) {
      expect(parseXml(bad).ok, bad).toBe(false);
    }
  });

  it('bounds nesting depth', () => {
    const deep = `${'<a>'.repeat(300)}${'</a>'.repeat(300)}`;
    expect(parseXml(deep)).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
    const fine = `${'<a>'.repeat(100)}${'</a>'.repeat(100)}`;
    expect(parseXml(fine).ok).toBe(true);
  });
});

describe('XML text written and read by hand (entities.ts)', () => {
  it('escapes what XML needs and reads back what the parser reads, leaving the rest as written', () => {
    const text = 'Ủy ban "A" & <B> \'C\'';
    const xml = `<w:t a="${escapeXml(text)}">${escapeXml(text)}</w:t>`;
    expect(root(xml).attrs['a']).toBe(text);
    expect(unescapeXml(escapeXml(text))).toBe(text);
    expect(unescapeXml('T &amp; &#x1EA0;&#65; &apos;x&apos; &nbsp; &#0; &amp;lt;')).toBe("T & ẠA 'x' &nbsp; &#0; &lt;");
  });
});

describe("a run's text (one home for every reader of w:r)", () => {
  const run =
    '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Số 12</w:t><w:noBreakHyphen/><w:t>NQ/TU &amp;</w:t><w:tab/><w:delText>cũ</w:delText>' +
    '<w:br/><w:cr/><w:br w:type="page"/><w:instrText>PAGE</w:instrText><w:sym w:font="Symbol" w:char="F0B7"/><w:footnoteReference w:id="1"/></w:r>';

  it('reads w:t and w:delText, tabs, breaks and non-breaking hyphens; instructions, symbols and references add nothing', () => {
    expect(runText(root(run))).toBe('Số 12\u2011NQ/TU &\tcũ\n\n\n');
  });

  it("reads the same from a run found in the XML text (the review copy's comment ranges count with it)", () => {
    expect(runXmlText(run)).toBe(runText(root(run)));
    expect(runXmlText('<w:r><w:t>a &unknown; b</w:t></w:r>')).toBe('');
  });
});
