/**
 * Turns Slack's wire markup into the words a person meant, before matching:
 * `<@U123>` and `<!here>` vanish, `<#C1|general>` and `<https://x|label>` keep their label,
 * `:emoji:` codes and HTML entities are dropped or decoded.
 */
export function stripSlackMarkup(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_, inner: string) => {
      if (/^[@!]/.test(inner)) return ' ';
      const bar = inner.indexOf('|');
      return bar >= 0 ? ` ${inner.slice(bar + 1)} ` : ' ';
    })
    .replace(/:[a-z0-9_+-]+:/gi, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
