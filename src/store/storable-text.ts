/**
 * Text as every backend can keep it: PostgreSQL rejects U+0000 in text columns, so it is dropped
 * (by all backends alike, so they agree). Everything else — markup, other control characters,
 * quotes — is kept as asked; queries are parameterised, and it is escaped where it is shown.
 */
export function storableText(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}
