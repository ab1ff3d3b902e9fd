/** The modal on top of the page, as Slack shows one: title, blocks, Cancel and Submit. */
import { renderBlocks } from './blocks.js';
import { h } from './dom.js';
import { icon } from './icons.js';
import { WORDS } from './words.js';

/** @typedef {import('../display/display-types.js').SurfaceView} SurfaceView */
/** @typedef {import('../display/display-types.js').ActionReply} ActionReply */

/**
 * @typedef {object} ModalActions
 * @property {(viewId: string, values: Map<string, string[]>) => Promise<ActionReply>} submit
 * @property {(viewId: string) => Promise<unknown>} close
 * @property {(viewId: string, actionId: string, values?: string[]) => Promise<void>} act
 */

export class ModalLayer {
  /** @type {string | undefined} id and hash of the modal shown */
  shown = undefined;
  /** @type {Element | null} */
  returnFocus = null;

  /**
   * @param {HTMLElement} root  The backdrop element.
   * @param {HTMLElement} app   The page behind it, made inert while a modal is open.
   * @param {ModalActions} actions
   */
  constructor(root, app, actions) {
    this.root = root;
    this.app = app;
    this.actions = actions;
    root.addEventListener('keydown', (event) => {
      const id = this.shown?.split('@')[0];
      if (event.key === 'Escape' && id) void this.actions.close(id);
    });
  }

  /** Shows `modal` (redrawn only when it changed), or hides the layer. @param {SurfaceView | undefined} modal */
  sync(modal) {
    const key = modal && `${modal.id}@${modal.hash}`;
    if (key === this.shown) return;
    if (!this.shown) this.returnFocus = document.activeElement;
    this.shown = key;
    if (!modal) {
      this.root.hidden = true;
      this.root.replaceChildren();
      this.app.inert = false;
      if (this.returnFocus instanceof HTMLElement) this.returnFocus.focus();
      return;
    }
    this.root.replaceChildren(this.dialog(modal));
    this.root.hidden = false;
    this.app.inert = true;
    const first =
      this.root.querySelector('.modal-body :is(input, select, textarea, button)') ??
      this.root.querySelector('.modal-footer button');
    if (first instanceof HTMLElement) first.focus();
  }

  /** @param {SurfaceView} modal */
  dialog(modal) {
    /** @type {Map<string, string[]>} */
    const form = new Map();
    const titleId = `modal-title-${modal.id}`;
    const trouble = h('div', { className: 'modal-trouble', attrs: { role: 'alert', hidden: '' } }, [
      WORDS.modalTrouble,
    ]);
    const body = renderBlocks(modal.blocks, {
      form,
      act: (actionId, values) => this.actions.act(modal.id, actionId, values),
    });
    const close = () => void this.actions.close(modal.id);
    const submit = h('button', { className: 'bk-button primary', attrs: { type: 'submit' } }, [
      modal.submit ?? '',
    ]);
    const element = h(
      'form',
      { className: 'modal', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId } },
      [
        h('header', { className: 'modal-header' }, [
          h('h2', { attrs: { id: titleId } }, [modal.title]),
          h(
            'button',
            {
              className: 'icon-button',
              attrs: { type: 'button', 'aria-label': WORDS.close },
              on: { click: close },
            },
            [icon('close')],
          ),
        ]),
        h('div', { className: 'modal-body' }, [body]),
        trouble,
        h('div', { className: 'modal-note', attrs: { role: 'status' } }),
        h('footer', { className: 'modal-footer' }, [
          h('button', { className: 'bk-button', attrs: { type: 'button' }, on: { click: close } }, [
            modal.close ?? (modal.submit ? WORDS.cancel : WORDS.close),
          ]),
          modal.submit !== undefined && submit,
        ]),
      ],
    );
    element.addEventListener('submit', async (event) => {
      event.preventDefault();
      submit.disabled = true;
      const reply = await this.actions.submit(modal.id, form);
      submit.disabled = false;
      trouble.hidden = reply.ok;
      showErrors(element, reply.errors ?? {});
    });
    return element;
  }
}

/** `response_action: errors`: each message under its input block. @param {HTMLElement} form @param {Record<string, string>} errors */
function showErrors(form, errors) {
  for (const block of form.querySelectorAll('.bk-input')) {
    const message = errors[/** @type {HTMLElement} */ (block).dataset.blockId ?? ''] ?? '';
    const slot = block.querySelector('.bk-input-error');
    if (slot) slot.textContent = message;
    block.classList.toggle('has-error', message !== '');
  }
}
