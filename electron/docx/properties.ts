import { xmlText } from '../contract/cleanText.ts';
import type { Resolution } from '../contract/model/resolution.ts';
import { formatDocSymbol } from '../format/docNumber.ts';
import type { FormatProfile } from '../format/profile.ts';
import { typeInText } from '../format/printed.ts';
import { escapeXml } from '../ooxml/xml/entities.ts';

/** A document property's text as core.xml holds it: characters XML cannot carry left out, then escaped. */
const propertyText = (text: string): string => escapeXml(xmlText(text));

/**
 * docProps/core.xml, written by us rather than by `docx`, which stamps the current time: the same
 * document gives the same file. Timestamps are written only when `modifiedAt` is given.
 */
export function corePropertiesXml(doc: Resolution, profile: FormatProfile, modifiedAt?: Date): string {
  const symbol = formatDocSymbol(doc.header.number, profile.numbering).trim();
  const type = typeInText(doc.title.documentType);
  const title = doc.header.number.seq === null ? `${type} ${symbol} (chưa ban hành)` : `${type} số ${symbol}`;
  const subject = doc.title.summary.replace(/\s*\n\s*/g, ' ');
  const stamp = modifiedAt
    ? ['created', 'modified'].map((k) => `<dcterms:${k} xsi:type="dcterms:W3CDTF">${modifiedAt.toISOString()}</dcterms:${k}>`).join('')
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${propertyText(title)}</dc:title>` +
    `<dc:subject>${propertyText(subject)}</dc:subject>` +
    `<dc:creator>${propertyText(doc.header.issuingBody)}</dc:creator>` +
    `<cp:keywords>${propertyText(profile.id)}</cp:keywords>` +
    `<cp:lastModifiedBy>Soạn Nghị quyết</cp:lastModifiedBy>` +
    stamp +
    '</cp:coreProperties>'
  );
}
