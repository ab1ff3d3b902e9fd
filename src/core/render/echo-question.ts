import { escapeMrkdwn } from './escape-mrkdwn.js';
import { truncate } from './truncate.js';

const ECHO_MAX = 200;

/** A user's question, quoted back: on one line, cut to 200 characters, escaped so it pings no one. */
export function echoQuestion(question: string): string {
  return escapeMrkdwn(truncate(question.replace(/\s+/g, ' ').trim(), ECHO_MAX));
}
