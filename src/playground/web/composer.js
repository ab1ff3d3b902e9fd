/** The message box: Enter sends, Shift+Enter starts a new line, and it grows with what is typed. */
import { h } from './dom.js';
import { icon } from './icons.js';
import { WORDS } from './words.js';

const MAX_HEIGHT_PX = 240;

/**
 * @typedef {object} ComposerOptions
 * @property {string} label  The textbox's accessible name.
 * @property {string} placeholder
 * @property {string} [hint]
 * @property {(text: string) => Promise<boolean>} onSend  Resolves false when the text was not sent.
 * @property {string} [id]  The textbox's id (the skip link points at the main one).
 */

/** @param {ComposerOptions} options */
export function createComposer({ label, placeholder, hint, onSend, id }) {
  const textarea = h('textarea', {
    className: 'composer-input',
    attrs: { 'aria-label': label, placeholder, rows: '1', autocomplete: 'off', ...(id ? { id } : {}) },
  });
  const send = h(
    'button',
    { className: 'composer-send', attrs: { type: 'submit', 'aria-label': WORDS.send, disabled: '' } },
    [icon('send')],
  );
  const hintNode = h('span', { className: 'composer-hint' }, [hint ?? '']);
  const form = h('form', { className: 'composer' }, [
    textarea,
    h('div', { className: 'composer-bar' }, [hintNode, send]),
  ]);

  const resize = () => {
    textarea.style.height = 'auto';
    textarea.style.height = `${Math.min(textarea.scrollHeight, MAX_HEIGHT_PX)}px`;
    send.disabled = textarea.value.trim() === '';
  };
  const submit = async () => {
    const text = textarea.value;
    if (text.trim() === '') return;
    textarea.value = '';
    resize();
    // A failed send gives the text back (unless something new was typed meanwhile), as Slack does.
    if (!(await onSend(text)) && textarea.value === '') {
      textarea.value = text;
      resize();
    }
  };
  textarea.addEventListener('input', resize);
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void submit();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });

  return {
    element: form,
    /** @param {string} text */
    setPlaceholder(text) {
      textarea.placeholder = text;
    },
    /** @param {string} text */
    setHint(text) {
      hintNode.textContent = text;
    },
    focus() {
      textarea.focus();
    },
  };
}
