/**
 * The parts of a Lambda HTTP event CertPath reads. A Function URL and an API Gateway HTTP API send
 * payload format 2.0 (`requestContext.http.method`); a REST API sends 1.0 (`httpMethod`).
 */
export interface LambdaHttpEvent {
  headers?: Record<string, string | undefined> | null;
  body?: string | null;
  isBase64Encoded?: boolean;
  httpMethod?: string;
  requestContext?: { http?: { method?: string; [field: string]: unknown } } | null;
  [field: string]: unknown;
}

/** What the handler returns: Lambda turns it into the HTTP response. */
export interface LambdaHttpResponse {
  statusCode: number;
  headers?: Record<string, string | number | boolean>;
  body?: string;
}

export function methodOf(event: LambdaHttpEvent): string {
  return (event.requestContext?.http?.method ?? event.httpMethod ?? 'POST').toUpperCase();
}

/** Header names in lower case, as Node gives them to the HTTP receiver; undefined values dropped. */
export function lowerCaseHeaders(event: LambdaHttpEvent): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  return headers;
}

/**
 * The body's bytes. Lambda base64-encodes bodies it does not consider text; Bolt's receiver decodes
 * them as ASCII, which mangles every non-ASCII character (and so the signature check and JSON).
 */
export function bodyBytes(event: LambdaHttpEvent): Buffer {
  const body = event.body ?? '';
  return event.isBase64Encoded ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8');
}
