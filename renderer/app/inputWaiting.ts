type Scheduling = { scheduling?: { isInputPending?: () => boolean } };

/**
 * Whether a key or a click is waiting for the main thread (Chromium's `isInputPending`): work that
 * can wait (laying out the pages, spell-checking, painting marks) lets it through first.
 */
export const inputWaiting = (): boolean => (navigator as Scheduling).scheduling?.isInputPending?.() === true;
