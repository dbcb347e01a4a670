import type { Inline } from '../../electron/contract/model/inline.ts';
import type { Block } from '../../electron/contract/model/body.ts';
import type { Resolution } from '../../electron/contract/model/resolution.ts';
import { walkTargets } from '../../electron/contract/model/targets.ts';

function inlines(runs: readonly Inline[]): string {
  return runs
    .map((r) => {
      if (r.type === 'footnote') return `^[${inlines(r.runs)}]`;
      let t = r.text.replace(/([*_\\[\]])/g, '\\$1');
      if (r.bold) t = `**${t}**`;
      if (r.italic) t = `*${t}*`;
      return t;
    })
    .join('');
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${b.level === 'part' ? '#' : b.level === 'section' ? '##' : '###'} ${b.label ?? ''} ${inlines(b.runs)}`;
    case 'paragraph':
      return `${b.label ? `${b.label} ` : ''}${inlines(b.runs)}`;
    case 'bullet':
      return `${b.marker === '+' ? '    ' : ''}- ${inlines(b.runs)}`;
    case 'table':
      return b.rows.map((row) => `| ${row.map((c) => inlines(c.runs)).join(' | ')} |`).join('\n');
    case 'targets':
      return '';
    case 'page-break':
      return '\\newpage';
  }
}

/**
 * The same content as Markdown, for the pandoc comparison in the benchmark: header, title,
 * every body block, the targets table, recipients and signature.
 */
export function resolutionToMarkdown(doc: Resolution): string {
  const parts: string[] = [
    [doc.header.superiorBody ?? '', `**${doc.header.issuingBody}**`, '*', 'ĐẢNG CỘNG SẢN VIỆT NAM'].join('\n\n'),
    `# ${doc.title.documentType}`,
    `**${doc.title.summary.replace(/\n/g, ' ')}**`,
    ...doc.body.map(block),
    'Nơi nhận:',
    doc.recipients.lines.map((l) => `- ${l.text}`).join('\n'),
    `**${doc.signature.authority} ${doc.signature.authorityOf}**\n\n${doc.signature.title}\n\n**${doc.signature.name}**`,
  ];
  if (doc.targets.length > 0) {
    const rows = [...walkTargets(doc.targets)].map(([n]) => `| ${n.name} | ${n.unit ?? ''} | ${n.value?.written ?? ''} |`);
    parts.push(['| CHỈ TIÊU | ĐƠN VỊ TÍNH | CHỈ TIÊU |', '|---|---|---|', ...rows].join('\n'));
  }
  return parts.join('\n\n');
}
