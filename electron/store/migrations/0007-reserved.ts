import type { Migration } from './types.ts';

/**
 * Reserved for the migration of another branch landing in the same session (issue10: 0005,
 * issue12: 0006, issue13: 0007); it does nothing, so that 0008 can be numbered as assigned. The
 * lead replaces this file with the real migration on merge (it was never released).
 */
export const migration0007: Migration = {
  version: 7,
  name: 'reserved',
  up() {
    // Nothing: see above.
  },
};
