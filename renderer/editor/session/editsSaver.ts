import type { EditorState } from 'lexical';
import type { SavedEdits } from '../../../electron/contract/api.ts';
import type { Block } from '../../../electron/contract/model/body.ts';
import { bodyChangesAgainst } from '../../../electron/contract/model/bodyChanges.ts';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import type { Result } from '../../../electron/contract/result.ts';
import { sameJson } from '../../app/objects.ts';
import { createBlockCache } from '../convert/blockCache.ts';

/** The contract's saveEdits, as the session calls it. */
export type SendEdits = (request: {
  expectedVersion: number;
  content: Omit<Resolution, 'body'> & { body: ReturnType<typeof bodyChangesAgainst> };
}) => Promise<Result<SavedEdits>>;

/** A save of the whole content (saveDocument, then checkDocument), for an office server of an earlier version that has no saveEdits. */
export type SendWhole = (content: Resolution, expectedVersion: number) => Promise<Result<SavedEdits>>;

export type EditsSaver = {
  /** The editor's body as model blocks, converting only the blocks changed since the last call. */
  body: (state: EditorState) => Block[];
  /** Saves `content` (its body from `body`) as changes against the version last saved or opened. */
  save: (content: Resolution, expectedVersion: number) => Promise<Result<SavedEdits>>;
  /**
   * In idle time, a slice at a time: converts the body as opened and takes the blocks equal to the
   * stored ones (`stored`, version `version`) as what the first save is made against. `cancelled`
   * stops it (the document was closed).
   */
  seed: (state: () => EditorState, stored: readonly Block[], version: number, cancelled: () => boolean) => Promise<void>;
};

const SLICE_MS = 6;
const COMPARED_PER_STEP = 50;
/** The main-thread time of each save's sending (the changes, the request), a performance entry read by the bench. */
const SAVE_SEND = 'soan-nq:save-send';

/** The next idle moment (or the next task where the browser has no idle callbacks). */
const idle = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 0);
  });

/**
 * The stored body by position, each block replaced by the editor's own block object where they are
 * equal: the leading and trailing runs of equal blocks (a paragraph inserted in the middle shifts
 * nothing else). A position not matched keeps the stored block, which no editor block ever is.
 * A step at a time: it yields after every COMPARED_PER_STEP blocks compared.
 */
export function* matchingStored(stored: readonly Block[], editor: readonly Block[]): Generator<void, Block[]> {
  const base = [...stored];
  let head = 0;
  while (head < stored.length && head < editor.length && sameJson(stored[head], editor[head])) {
    base[head] = editor[head] as Block;
    head += 1;
    if (head % COMPARED_PER_STEP === 0) yield;
  }
  for (let s = stored.length - 1, e = editor.length - 1; s >= head && e >= head; s--, e--) {
    if (!sameJson(stored[s], editor[e])) break;
    base[s] = editor[e] as Block;
    if (s % COMPARED_PER_STEP === 0) yield;
  }
  return base;
}

/** matchingStored all at once. */
export function matchStored(stored: readonly Block[], editor: readonly Block[]): Block[] {
  const steps = matchingStored(stored, editor);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * How the editor saves without making a keystroke wait (issue 15 §3): the body is converted a
 * changed block at a time (createBlockCache) and sent as changes against the version last saved
 * (saveEdits: unchanged runs go as two numbers), so a save after typing a word in 300 pages
 * converts, serialises and sends one paragraph, and the answer is a version and the findings, not
 * the document. The first save after opening is made against the stored body, once `seed` has
 * matched it in idle time; before that, or after a conflict, the whole body is sent.
 */
export function createEditsSaver(send: SendEdits, whole?: SendWhole): EditsSaver {
  const cache = createBlockCache();
  let base: { version: number; blocks: readonly Block[] } | null = null;
  let saving = false;
  /** The server answered that it has no saveEdits (NOT_FOUND: an office server not yet updated): every save then goes whole. */
  let wholeOnly = false;

  return {
    body: (state) => cache.blocks(state),
    async save(content, expectedVersion) {
      const { body, ...parts } = content;
      const against = base?.version === expectedVersion ? base.blocks : null;
      saving = true;
      try {
        if (wholeOnly && whole) return await whole(content, expectedVersion);
        const start = performance.now();
        const sent = send({ expectedVersion, content: { ...parts, body: bodyChangesAgainst(against, body) } });
        performance.measure(SAVE_SEND, { start, end: performance.now() });
        const result = await sent;
        if (result.ok) base = { version: result.value.version, blocks: body };
        // The document itself gone is NOT_FOUND too: the whole save then says so again.
        if (!result.ok && result.error.code === 'NOT_FOUND' && whole) {
          wholeOnly = true;
          return await whole(content, expectedVersion);
        }
        return result;
      } finally {
        saving = false;
      }
    },
    async seed(state, stored, version, cancelled) {
      for (;;) {
        await idle();
        if (cancelled() || base !== null) return;
        if (cache.warm(state(), SLICE_MS)) break;
      }
      const editor = cache.blocks(state());
      const steps = matchingStored(stored, editor);
      for (;;) {
        await idle();
        // A save that went meanwhile (or is on its way) made its own base.
        if (cancelled() || base !== null || saving) return;
        const until = performance.now() + SLICE_MS;
        let step = steps.next();
        while (!step.done && performance.now() < until) step = steps.next();
        if (step.done) {
          base = { version, blocks: step.value };
          return;
        }
      }
    },
  };
}
