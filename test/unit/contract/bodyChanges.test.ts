import { describe, expect, it } from 'vitest';
import type { Block } from '../../../electron/contract/model/body.ts';
import { applyBodyChanges, bodyChangesAgainst } from '../../../electron/contract/model/bodyChanges.ts';
import { matchStored } from '../../../renderer/editor/session/editsSaver.ts';

const p = (text: string): Block => ({ type: 'paragraph', runs: [{ type: 'text', text }] });

describe('a body sent as changes', () => {
  const base = ['a', 'b', 'c', 'd', 'e'].map(p);

  it('sends unchanged runs as kept ranges and the rest in full, and puts the same body back together', () => {
    const changed = p('c đã sửa');
    const added = p('mới');
    const body = [base[0], base[1], changed, base[3], added, base[4]] as Block[];
    const changes = bodyChangesAgainst(base, body);
    expect(changes).toEqual([
      { type: 'kept', from: 0, to: 2 },
      changed,
      { type: 'kept', from: 3, to: 4 },
      added,
      { type: 'kept', from: 4, to: 5 },
    ]);
    // The stored copy is equal to the base, not the same objects (it came over the wire).
    const stored = structuredClone(base);
    expect(applyBodyChanges(stored, changes)).toEqual({ ok: true, value: body });
  });

  it('sends everything without a base, and blocks moved as kept ranges in their new order', () => {
    expect(bodyChangesAgainst(null, base)).toEqual(base);
    const moved = [base[3], base[0], base[1]] as Block[];
    expect(bodyChangesAgainst(base, moved)).toEqual([
      { type: 'kept', from: 3, to: 4 },
      { type: 'kept', from: 0, to: 2 },
    ]);
    expect(applyBodyChanges(base, bodyChangesAgainst(base, moved))).toEqual({ ok: true, value: moved });
  });

  it('refuses ranges outside the stored body', () => {
    const result = applyBodyChanges(base, [{ type: 'kept', from: 3, to: 6 }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
    expect(applyBodyChanges(base, [{ type: 'kept', from: 2, to: 2 }]).ok).toBe(false);
  });
});

describe('matching the editor body with the stored one on opening', () => {
  const stored = ['a', 'b', 'c', 'd'].map(p);

  it('takes the editor blocks equal to the stored ones, from both ends, around what differs', () => {
    const editor = [p('a'), p('b'), p('x'), p('y'), p('d')];
    const base = matchStored(stored, editor);
    expect(base[0]).toBe(editor[0]);
    expect(base[1]).toBe(editor[1]);
    expect(base[2]).toBe(stored[2]);
    expect(base[3]).toBe(editor[4]);
    // What a save then sends: the two blocks that are not stored, the rest as ranges.
    expect(bodyChangesAgainst(base, editor)).toEqual([
      { type: 'kept', from: 0, to: 2 },
      editor[2],
      editor[3],
      { type: 'kept', from: 3, to: 4 },
    ]);
    expect(applyBodyChanges(stored, bodyChangesAgainst(base, editor))).toEqual({ ok: true, value: editor });
  });
});
