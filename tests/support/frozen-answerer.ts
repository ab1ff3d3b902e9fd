import type { Answerer } from '../../src/core/answer/answerer.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The answerer with every reply's message deep-frozen. The answerer caches replies and hands the same
 * object to every repeat of a question, so the edges must only read them: under test, a write throws.
 */
export function frozenAnswerer(answerer: Answerer): Answerer {
  return {
    ...answerer,
    guides: answerer.guides,
    command: answerer.command,
    ask(question, options) {
      const reply = answerer.ask(question, options);
      if (reply.message) deepFreeze(reply.message);
      return reply;
    },
    section: answerer.section,
    renderSection: (...args) => {
      const message = answerer.renderSection(...args);
      return message && deepFreeze(message);
    },
  };
}
