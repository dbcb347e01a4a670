import { describe, expect, it } from 'vitest';
import '../../../electron/cli/soan-nq.ts';
import * as z from 'zod';

describe('soan-nq at start', () => {
  // A command parses a few times and ends: zod's plain path, without compiling each schema first.
  it('runs zod without compiling its schemas', () => {
    expect(z.config().jitless).toBe(true);
  });
});
