/** How long a part shown from the "Ý kiến" panel stays outlined. */
const FLASH_MS = 2400;

/** Outlines a part of the page for a moment (`data-comment-focus`, styled in comments.css), so the eye finds it. */
export function flashPart(el: HTMLElement): void {
  el.dataset['commentFocus'] = '';
  window.setTimeout(() => {
    delete el.dataset['commentFocus'];
  }, FLASH_MS);
}
