import { describe, expect, it } from 'vitest';
import { buttonMessage, interactionPayload, useEmulatorWithBot, webClient } from './emulator-fixture.js';

function post(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('emulator response URLs', () => {
  const ctx = useEmulatorWithBot();

  it('posts an ephemeral reply by default', async () => {
    const { responseUrl } = await ctx.emulator.sendSlashCommand({
      command: '/certpath',
      channel: 'C0GENERAL',
    });
    const response = await post(responseUrl, { text: 'Only you can see this' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(ctx.emulator.workspace.messages()).toEqual([
      expect.objectContaining({ text: 'Only you can see this', ephemeralTo: 'U0HUMAN', botId: 'B0CERTBOT' }),
    ]);
  });

  it('posts in channel when asked, even where the bot is not a member', async () => {
    const { responseUrl } = await ctx.emulator.sendSlashCommand({
      command: '/certpath',
      channel: 'C0RANDOM',
    });
    await post(responseUrl, { response_type: 'in_channel', text: 'Everyone sees this' });
    const [message] = ctx.emulator.workspace.messages({ channel: 'C0RANDOM' });
    expect(message).toMatchObject({ text: 'Everyone sees this' });
    expect(message?.ephemeralTo).toBeUndefined();
  });

  it('replaces and then deletes the message whose button was clicked', async () => {
    const posted = await webClient(ctx.emulator).chat.postMessage({
      channel: 'C0GENERAL',
      ...buttonMessage(),
    });
    const ts = String(posted.ts);
    await ctx.emulator.clickButton(ts, 'pick');
    const responseUrl = String(interactionPayload(ctx.bot.requests[0]).response_url);
    await post(responseUrl, { replace_original: true, text: 'You picked Architect' });
    expect(ctx.emulator.workspace.message(ts)).toMatchObject({
      text: 'You picked Architect',
      blocks: undefined,
    });
    await post(responseUrl, { delete_original: true });
    expect(ctx.emulator.workspace.message(ts)?.deleted).toBe(true);
    expect(ctx.emulator.workspace.messages()).toEqual([]);
  });

  it('validates blocks and answers 400 invalid_blocks', async () => {
    const url = ctx.emulator.issueResponseUrl({ channel: 'C0GENERAL', user: 'U0HUMAN' });
    const response = await post(url, { text: 'x', blocks: [{ type: 'section' }] });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      ok: false,
      error: 'invalid_blocks',
      errors: ['a section needs text or fields [json-pointer:/blocks/0]'],
    });
    expect(ctx.emulator.workspace.messages()).toEqual([]);
  });

  it('refuses an unknown URL and a sixth use', async () => {
    expect((await post(`${ctx.emulator.baseUrl}/response/nope`, { text: 'x' })).status).toBe(404);
    const url = ctx.emulator.issueResponseUrl({ channel: 'C0GENERAL', user: 'U0HUMAN' });
    for (let i = 0; i < 5; i += 1) expect((await post(url, { text: `reply ${i}` })).status).toBe(200);
    const sixth = await post(url, { text: 'one too many' });
    expect(sixth.status).toBe(404);
    expect(await sixth.json()).toMatchObject({ error: 'used_url' });
  });
});
