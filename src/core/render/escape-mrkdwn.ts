/**
 * Escapes `&`, `<` and `>` so text echoed back to Slack is shown, never interpreted: a question
 * containing `<!channel>` or `<@U123>` stays words and pings no one.
 *
 * An `&` that already starts `&amp;`, `&lt;` or `&gt;` is left alone: Slack delivers users' text
 * escaped already, and escaping it twice would show "&lt;" instead of "<".
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&(?!(?:amp|lt|gt);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
