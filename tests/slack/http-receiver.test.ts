import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slackSignatureHeaders } from '../../src/playground/emulator/index.js';
import { COMMAND_BODY, mentionBody } from '../support/raw-bodies.js';
import { GUIDES, SIGNING_SECRET, SlackHarness } from '../support/slack-harness.js';

/** A slash command body, form-encoded as Slack sends it. */

const EVENT_BODY = mentionBody('Ev0FORGED001');

describe('the HTTP endpoint', () => {
  let slack: SlackHarness;
  beforeEach(async () => {
    slack = await SlackHarness.start();
  });
  afterEach(() => slack.stop());

  async function post(
    body: string,
    headers: Record<string, string>,
    type = 'application/x-www-form-urlencoded',
  ) {
    return fetch(slack.eventsUrl, { method: 'POST', headers: { 'Content-Type': type, ...headers }, body });
  }

  it('rejects a request signed with the wrong secret, and does nothing', async () => {
    const response = await post(
      EVENT_BODY,
      slackSignatureHeaders('not-the-signing-secret', EVENT_BODY),
      'application/json',
    );
    expect(response.status).toBe(401);
    expect(slack.handled).toBe(0);
    expect(slack.replies()).toEqual([]);
  });

  it('rejects a request whose body was changed after signing', async () => {
    const headers = slackSignatureHeaders(SIGNING_SECRET, COMMAND_BODY);
    const response = await post(COMMAND_BODY.replace('harder', 'easier'), headers);
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('');
  });

  it('rejects a stale request (timestamp more than five minutes old), even when correctly signed', async () => {
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    const response = await post(
      COMMAND_BODY,
      slackSignatureHeaders(SIGNING_SECRET, COMMAND_BODY, tenMinutesAgo),
    );
    expect(response.status).toBe(401);
    expect(slack.handled).toBe(0);
  });

  it('rejects an unsigned request', async () => {
    const response = await post(EVENT_BODY, {}, 'application/json');
    expect(response.status).toBe(401);
    expect(slack.handled).toBe(0);
    expect(slack.replies()).toEqual([]);
  });

  it('accepts a correctly signed request', async () => {
    const response = await post(COMMAND_BODY, slackSignatureHeaders(SIGNING_SECRET, COMMAND_BODY));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ response_type: 'ephemeral' });
  });

  it('reports its health on GET /healthz', async () => {
    const response = await fetch(`${slack.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const sections = GUIDES.reduce((sum, guide) => sum + guide.sections.length, 0);
    expect(await response.json()).toEqual({
      ok: true,
      mode: 'http',
      guides: GUIDES.length,
      sections,
      slack: 'ok',
    });
  });

  it('answers 404 for paths it does not serve', async () => {
    const response = await fetch(`${slack.baseUrl}/nope`);
    expect(response.status).toBe(404);
  });
});
