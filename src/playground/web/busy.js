/** Slack's spinner: a control stays marked busy until the app has answered. */

/**
 * Runs a user action with the control marked busy, as Slack shows a spinner until the app answers.
 * @param {HTMLElement} control
 * @param {() => Promise<void>} action
 */
export async function whileBusy(control, action) {
  control.setAttribute('aria-busy', 'true');
  control.classList.add('busy');
  try {
    await action();
  } finally {
    control.removeAttribute('aria-busy');
    control.classList.remove('busy');
  }
}
