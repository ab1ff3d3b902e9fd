/**
 * Slack checks an HTTPS request URL's certificate with an unsigned form POST of `ssl_check=1` and
 * the (legacy) verification token, and nothing else. It is the one request answered without a
 * signature, so it is recognized narrowly: a body with any other field, a repeated field, or a
 * `ssl_check` other than `1` is not one, and must be signed like everything else.
 */

/** The fields Slack's ssl_check carries. */
const SSL_CHECK_FIELDS = new Set(['ssl_check', 'token']);

/** A real ssl_check body is well under a hundred bytes; an unsigned form is never read past this. */
export const SSL_CHECK_BODY_LIMIT = 1024;

/**
 * Whether a form body is Slack's ssl_check and holds nothing that could be dispatched. Takes the body
 * already parsed when the caller needs its fields anyway.
 */
export function isPureSslCheck(formBody: string | URLSearchParams): boolean {
  const seen = new Set<string>();
  // URLSearchParams decodes keys (`ssl%5Fcheck`) and `+`, so an encoded field is seen for what it is.
  const fields = typeof formBody === 'string' ? new URLSearchParams(formBody) : formBody;
  for (const [key, value] of fields) {
    if (!SSL_CHECK_FIELDS.has(key) || seen.has(key)) return false;
    seen.add(key);
    if (key === 'ssl_check' && value !== '1') return false;
  }
  return seen.has('ssl_check');
}
