/** Short-lived notes: Slack's warning under a message whose button got no answer, or a toast. */

const NOTE_MS = 8000;

/**
 * Shows `text` in every element `selector` finds, then clears it.
 * @param {string} selector
 * @param {string} text
 */
export function note(selector, text) {
  for (const slot of document.querySelectorAll(selector)) {
    slot.textContent = text;
    setTimeout(() => {
      if (slot.textContent === text) slot.textContent = '';
    }, NOTE_MS);
  }
}
