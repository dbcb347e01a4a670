import type { Block } from '../contract/model/body.ts';
import { runsToText, type Inline } from '../contract/model/inline.ts';
import { promptText } from '../contract/model/placeholders.ts';
import type { Recipient, Signature } from '../contract/model/parts.ts';
import { SCHEMA_VERSION, type Resolution } from '../contract/model/resolution.ts';
import type { TargetNode } from '../contract/model/targets.ts';
import { countedTargets } from '../format/countedTargets.ts';
import { assessTargetTree, summarizeAssessments, type AssessmentOutcome, type TargetResult } from '../format/assessment.ts';
import { authoritySuggestions } from '../format/bodyKinds.ts';
import { bodyNameInText } from '../format/bodyNames.ts';
import { foldText } from '../format/fold.ts';
import { defaultRecipients } from '../format/recipientDefaults.ts';
import { summaryLowerCase } from '../format/summary.ts';
import { draftDay, profileInForce } from '../format/resolveProfile.ts';
import type { Organization } from '../store/organizations.ts';
import { fillPlaceholders, type Template } from './templates.ts';

export type NextYearSources = {
  org: Organization;
  /** The plan year of the new draft. */
  year: number;
  /** Last year's resolution, when the store has one. */
  previous: Resolution | null;
  /** Last year's results by indicator key. */
  results: ReadonlyMap<string, TargetResult>;
  template: Template;
  /** Start this year's values from last year's instead of leaving them for the secretary. */
  carryValues: boolean;
  /** The body's active signers, in their order (the first signs by default). */
  signers: readonly Signature[];
  /** The body's saved "Nơi nhận" list, used when there is no previous resolution (else the body's default lines). */
  fallbackRecipients?: Recipient[] | null;
};

/** "năm 2022" -> "năm 2023", leaving ranges such as "2020-2025" alone. */
export function moveYearOn(text: string, from: number): string {
  return text.replace(new RegExp(`(?<![\\d\\-–/])${from}(?![\\d\\-–])`, 'gu'), String(from + 1));
}

function textRuns(text: string): Inline[] {
  return [{ type: 'text', text }];
}

/** This year's tree: same groups, order and indicators as last year's, with last year's figures beside. */
function carryTargets(nodes: readonly TargetNode[], src: NextYearSources, outcomes: ReadonlyMap<string, AssessmentOutcome>): TargetNode[] {
  return nodes.map((node) => {
    const result = src.results.get(node.key);
    const outcome = outcomes.get(node.key);
    const assessment = outcome?.assessment;
    const previous = {
      year: src.year - 1,
      ...(node.value ? { target: node.value.written } : {}),
      ...(result ? { result: result.written } : {}),
      ...(assessment && (node.value || node.children.length > 0) ? { assessment } : {}),
      ...(outcome?.parts ? { parts: outcome.parts } : {}),
    };
    return {
      key: node.key,
      name: node.name,
      ...(node.unit !== undefined ? { unit: node.unit } : {}),
      ...(src.carryValues && node.value ? { value: node.value } : {}),
      ...(node.better !== undefined ? { better: node.better } : {}),
      previous,
      children: carryTargets(node.children, src, outcomes),
    };
  });
}

/** Template body with placeholders filled; the review placeholders become last year's assessment. */
function fillBody(src: NextYearSources, review: { total: number; sentence: string; unmet: string } | null): Block[] {
  const values = {
    năm: String(src.year),
    'năm trước': String(src.year - 1),
    'cơ quan': bodyNameInText(src.org.name, src.org.bodyKind),
  };
  const filled = src.template.body.flatMap((block): Block[] => {
    if (block.type !== 'paragraph' && block.type !== 'heading' && block.type !== 'bullet') return [block];
    const only = block.runs.length === 1 && block.runs[0]?.type === 'text' ? block.runs[0].text.trim() : null;
    // A body's first draft (no resolution of last year in the store) has no review to write from: the review's lines are left out.
    if (!src.previous && (only === '{đánh giá chỉ tiêu}' || only === '{chỉ tiêu không đạt}')) return [];
    if (only === '{đánh giá chỉ tiêu}') {
      const sentence = !review
        ? promptText(`Đánh giá kết quả thực hiện năm ${src.year - 1} (chưa có nghị quyết năm ${src.year - 1} trong kho)`)
        : src.results.size === 0
          ? promptText(`Nhập kết quả thực hiện năm ${src.year - 1} để ứng dụng đánh giá ${review.total} chỉ tiêu`)
          : `Kết quả thực hiện chỉ tiêu Nghị quyết năm ${src.year - 1} — ${review.sentence}.`;
      return [{ ...block, runs: textRuns(sentence) }];
    }
    if (only === '{chỉ tiêu không đạt}') return review && review.unmet ? [{ ...block, runs: textRuns(review.unmet) }] : [];
    return [{ ...block, runs: block.runs.map((r) => (r.type === 'text' ? { ...r, text: fillPlaceholders(r.text, values) } : r)) }];
  });
  // What is left to write is prompted in next year's draft (issue 14); a body's first draft is the template's outline, to be written
  // from scratch, which the check does not hold up (a new office can take it through the whole round on its first day).
  return src.previous ? withPrompts(filled, src.year) : filled;
}

/**
 * The body's last paragraph ends with the profile's mark: a template (or last year's text) written
 * under 36-HD ends "./.", which 05-HD replaced with ".".
 */
function endedBy(blocks: Block[], end: string | null): Block[] {
  const at = blocks.findLastIndex((b) => b.type === 'paragraph');
  const last = blocks[at];
  if (end === null || last?.type !== 'paragraph') return blocks;
  const runs = [...last.runs];
  const tail = runs.at(-1);
  if (tail?.type !== 'text' || !tail.text.endsWith('./.') || end === './.') return blocks;
  runs[runs.length - 1] = { ...tail, text: `${tail.text.slice(0, -3)}${end}` };
  return blocks.map((b, i) => (i === at ? { ...last, runs } : b));
}

const rank = { part: 0, section: 1, item: 2, subitem: 3, subsubitem: 4 } as const;

/**
 * A section or item heading with nothing under it before the next heading of its rank or higher
 * ("I. MỤC TIÊU TỔNG QUÁT" right before "II.") gets a prompt the secretary replaces:
 * "[… Nêu mục tiêu tổng quát năm 2027]", the year being the one its part speaks of.
 */
function withPrompts(blocks: Block[], year: number): Block[] {
  let partYear = String(year);
  return blocks.flatMap((block, i): Block[] => {
    if (block.type !== 'heading') return [block];
    const title = runsToText(block.runs).trim();
    if (block.level === 'part') {
      partYear = /\b(\d{4})$/u.exec(title)?.[1] ?? partYear;
      return [block];
    }
    const next = blocks[i + 1];
    const empty = next === undefined || (next.type === 'heading' && rank[next.level] <= rank[block.level]);
    if (!empty) return [block];
    const what = title.toLocaleLowerCase('vi').replace(/\s*năm \d{4}$/u, '');
    return [block, { type: 'paragraph', runs: textRuns(promptText(`Nêu ${what} năm ${partYear}`)) }];
  });
}

/** Recipients of last year's resolution, re-punctuated by the profile; else the body's saved list or its default lines. */
function carryRecipients(previous: Resolution | null, src: NextYearSources): Recipient[] {
  if (previous) {
    return previous.recipients.lines.map((line) => ({ ...line, text: line.text.replace(/[\s,.;]+$/u, '') }));
  }
  const saved = src.fallbackRecipients ?? [];
  return saved.length > 0 ? saved.map((line) => ({ ...line })) : defaultRecipients(src.org);
}

/**
 * Who signs the new draft: last year's signer while they are still among the body's signers (or the
 * body has declared none), with last year's authority lines; else the body's first signer (a new
 * secretary, or a resolution imported from another body); else the body's usual authority ("T/M TỈNH
 * ỦY / BÍ THƯ") with a prompt for the name.
 */
export function draftSigner(
  previous: Signature | null,
  signers: readonly Signature[],
  body: Pick<Organization, 'name' | 'bodyKind'>,
): Signature {
  const stillSigns = previous !== null && (signers.length === 0 || signers.some((s) => foldText(s.name) === foldText(previous.name)));
  if (previous && stillSigns) return previous;
  const usual = authoritySuggestions(body.bodyKind, body.name)[0] ?? { authority: 'T/M', authorityOf: '', title: 'BÍ THƯ' };
  return signers[0] ?? { ...usual, name: promptText('Họ tên người ký') };
}

/**
 * Next year's draft: the template's skeleton with the header filled from the organization, the
 * summary with the year moved on, last year's recipients, the signer (draftSigner), and last year's targets tree
 * with last year's target, result and assessment beside each; the review section opens with the
 * assessment of last year's targets. Pure.
 */
export function buildNextYearDraft(src: NextYearSources): Resolution {
  const { org, previous, template, year } = src;
  const profile = profileInForce(draftDay(year));
  const oldTargets = previous?.targets ?? [];
  const outcomes = assessTargetTree(oldTargets, src.results);
  const review =
    previous && oldTargets.length > 0
      ? summarizeAssessments(
          countedTargets(oldTargets).map((target) => {
            const outcome = outcomes.get(target.key);
            return { target, assessment: outcome?.assessment ?? 'can-danh-gia', parts: outcome?.parts };
          }),
        )
      : null;
  const targets = carryTargets(oldTargets, src, outcomes);
  const signature = draftSigner(previous?.signature ?? null, src.signers, org);
  const title = previous
    ? {
        ...previous.title,
        summary: summaryLowerCase(moveYearOn(previous.title.summary, year - 1)),
        preamble: template.preamble,
        decisionLine: template.decisionLine,
      }
    : {
        documentType: template.documentType,
        conferenceLines: template.conferenceLines,
        summary: summaryLowerCase(fillPlaceholders(template.summary, { năm: String(year) })),
        preamble: template.preamble,
        decisionLine: template.decisionLine,
      };
  return {
    schemaVersion: SCHEMA_VERSION,
    profileId: profile.id,
    kind: 'nghi-quyet',
    planYear: year,
    header: {
      ...(org.superiorBody ? { superiorBody: org.superiorBody } : {}),
      issuingBody: org.name,
      bodyKind: org.bodyKind,
      number: { seq: null, typeCode: 'NQ', issuerCode: org.issuerCode },
      place: org.place,
      date: null,
    },
    // The office's contact lines carry over with the signer and recipients.
    marks: {
      draftRound: 1,
      secrecy: null,
      urgency: null,
      circulation: null,
      productionNote: null,
      contact: previous?.marks.contact ?? null,
    },
    title: {
      ...title,
      preamble: title.preamble.map((p) => ({
        ...p,
        runs: p.runs.map((r) =>
          r.type === 'text' ? { ...r, text: fillPlaceholders(r.text, { năm: String(year), 'năm trước': String(year - 1) }) } : r,
        ),
      })),
    },
    body: endedBy(fillBody(src, review), profile.rules.bodyEnd),
    targets,
    recipients: { punctuation: 'profile', lines: carryRecipients(previous, src) },
    signature,
    appendix: {
      include: targets.length > 0,
      heading: 'PHỤ LỤC',
      title: `CHỈ TIÊU KẾ HOẠCH NĂM ${year}`,
      valueHeader: `KẾ HOẠCH NĂM ${year}`,
      columns: { previousTarget: previous !== null, previousResult: previous !== null, assessment: previous !== null },
      orientation: previous !== null ? 'landscape' : 'portrait',
    },
  };
}
