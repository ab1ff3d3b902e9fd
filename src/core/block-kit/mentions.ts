/** `<!channel>`, `<!here>`, `<!everyone>`, with or without a `|label`, as Slack writes them on the wire. */
const BROADCAST_MENTION = /<!(channel|here|everyone)(\|[^>]*)?>/;

/**
 * True when `text` would notify a whole channel or workspace. CertPath never sends these:
 * a study bot has no business paging everyone.
 */
export function isBroadcastMention(text: string): boolean {
  return BROADCAST_MENTION.test(text);
}

/** The first broadcast mention in `text`, e.g. `<!here>`, or undefined. */
export function findBroadcastMention(text: string): string | undefined {
  return BROADCAST_MENTION.exec(text)?.[0];
}
