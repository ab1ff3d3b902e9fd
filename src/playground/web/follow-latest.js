/**
 * A message list that follows the latest message, as Slack's does: it stays at the end until
 * the user scrolls up, and follows again once they are back at the end.
 */

const NEAR_END_PX = 80;

/** @param {HTMLElement} log  The scrolling list. */
export function followLatest(log) {
  let following = true;
  const atEnd = () => log.scrollHeight - log.scrollTop - log.clientHeight < NEAR_END_PX;
  const scrollToEnd = () => {
    log.scrollTop = log.scrollHeight;
    following = true;
  };
  // Only the user moving up stops the following, and coming back to the end resumes it. A scroll event arrives a
  // frame after the scroll: our own jump to the end, read after the next message has made the list taller, is not
  // the user leaving the end (under load a whole message can land in between).
  let lastTop = log.scrollTop;
  log.addEventListener('scroll', () => {
    const top = log.scrollTop;
    if (top < lastTop) following = atEnd();
    else if (atEnd()) following = true;
    lastTop = top;
  });
  // Opening the thread pane (or turning a phone) narrows the list and makes it taller: stay at the end.
  new ResizeObserver(() => {
    if (following) scrollToEnd();
  }).observe(log);
  return {
    scrollToEnd,
    /** Whether the list is following the latest message right now. */
    get following() {
      return following;
    },
  };
}
