import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { App } from '@slack/bolt';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { readConfig } from '../../src/config.js';
import { createAnswerer } from '../../src/core/answer/answerer.js';
import { recommend } from '../../src/core/recommend/index.js';
import { QUIZ_CALLBACK_ID, renderHomeView, renderRecommendation } from '../../src/core/render/index.js';
import { createMemoryDedupStore } from '../../src/slack/dedup-store.js';
import { registerListeners } from '../../src/slack/listeners/index.js';
import { createLogger } from '../../src/slack/logger.js';
import {
  BOT_DISPLAY_NAME,
  BOT_EVENTS,
  BOT_SCOPES,
  DEFAULT_COMMAND,
  EVENT_SCOPES,
  HANDLED_ACTIONS,
  MESSAGE_SUBSCRIPTIONS,
  MINIMAL_BOT_EVENTS,
  MINIMAL_BOT_SCOPES,
} from '../../src/slack/names.js';
import { createThreadMemory } from '../../src/slack/thread-memory.js';
import { actionIds } from '../support/blocks.js';
import { GUIDES } from '../support/slack-harness.js';

/** The manifest keys CertPath uses, spelled as Slack's app manifest reference spells them; `.strict()` catches typos. */
const MANIFEST = z
  .object({
    _metadata: z.object({ major_version: z.number(), minor_version: z.number() }).strict(),
    display_information: z
      .object({
        name: z.string().max(35),
        description: z.string().max(140),
        long_description: z.string().min(174).max(4000),
        background_color: z.string().regex(/^#(?:[0-9a-f]{3}){1,2}$/i),
      })
      .strict(),
    features: z
      .object({
        app_home: z
          .object({
            home_tab_enabled: z.boolean(),
            messages_tab_enabled: z.boolean(),
            messages_tab_read_only_enabled: z.boolean(),
          })
          .strict(),
        bot_user: z
          .object({ display_name: z.string().regex(/^[a-z0-9._-]{1,80}$/), always_online: z.boolean() })
          .strict(),
        slash_commands: z.array(
          z
            .object({
              command: z.string().max(32),
              description: z.string().max(2000),
              usage_hint: z.string().max(1000),
              should_escape: z.boolean(),
              url: z.string().optional(),
            })
            .strict(),
        ),
        shortcuts: z.array(z.object({ callback_id: z.string() }).passthrough()).optional(),
      })
      .strict(),
    oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }).strict() }).strict(),
    settings: z
      .object({
        event_subscriptions: z
          .object({ request_url: z.string().optional(), bot_events: z.array(z.string()) })
          .strict(),
        interactivity: z.object({ is_enabled: z.boolean(), request_url: z.string().optional() }).strict(),
        org_deploy_enabled: z.boolean(),
        socket_mode_enabled: z.boolean(),
        token_rotation_enabled: z.boolean(),
      })
      .strict(),
  })
  .strict();

type Manifest = z.infer<typeof MANIFEST>;

/** What registerListeners asks Bolt for, recorded instead of served. */
interface Registered {
  commands: string[];
  events: (string | RegExp)[];
  messageListeners: number;
  /** The constraints of `app.action` registrations: ids, id patterns, or `{ type: 'block_actions' }`. */
  actions: unknown[];
  shortcuts: string[];
  views: string[];
}

function recordRegistrations(env: Record<string, string>): Registered {
  const registered: Registered = {
    commands: [],
    events: [],
    messageListeners: 0,
    actions: [],
    shortcuts: [],
    views: [],
  };
  const recorder = {
    command: (name: string) => registered.commands.push(name),
    event: (type: string | RegExp) => registered.events.push(type),
    message: () => {
      registered.messageListeners += 1;
    },
    action: (constraint: unknown) => registered.actions.push(constraint),
    shortcut: (id: string) => registered.shortcuts.push(id),
    view: (id: string) => registered.views.push(id),
    options: () => {},
  };
  const config = readConfig(env);
  const answerer = createAnswerer(GUIDES, { command: config.command });
  const logger = createLogger({ level: 'error', sink: () => {} });
  const deps = {
    answerer,
    logger,
    dedup: createMemoryDedupStore(),
    threads: createThreadMemory(),
    listen: config.listen,
  };
  registerListeners(recorder as unknown as App, deps);
  return registered;
}

/**
 * Whether a click on `actionId` reaches a route: the one registration takes every block action
 * (so none goes unacknowledged) and hands it to the route of HANDLED_ACTIONS that matches.
 */
const handles = (registered: Registered, actionId: string) =>
  registered.actions.some((c) => JSON.stringify(c) === JSON.stringify({ type: 'block_actions' })) &&
  Object.values(HANDLED_ACTIONS).some((id) => (typeof id === 'string' ? id === actionId : id.test(actionId)));

function readManifest(file: string): Manifest {
  return MANIFEST.parse(parse(readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8')));
}

/** The full manifest, and the minimal one for an app that does not listen in channels. */
const VARIANTS = [
  { file: 'manifest.yml', env: {}, events: BOT_EVENTS, scopes: BOT_SCOPES },
  {
    file: 'manifest.minimal.yml',
    env: { CERTPATH_LISTEN: 'off' },
    events: MINIMAL_BOT_EVENTS,
    scopes: MINIMAL_BOT_SCOPES,
  },
] as const;

describe.each(VARIANTS)('$file', ({ file, env, events, scopes: expectedScopes }) => {
  let manifest: Manifest;
  let registered: Registered;
  beforeAll(() => {
    manifest = readManifest(file);
    registered = recordRegistrations(env);
  });

  it('declares exactly the slash command the app registers by default', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([DEFAULT_COMMAND]);
    expect(registered.commands).toEqual([DEFAULT_COMMAND]);
    expect(readConfig({}).command).toBe(DEFAULT_COMMAND);
  });

  it('describes the command and hints at its usage', () => {
    const [command] = manifest.features.slash_commands;
    expect(command?.description.length).toBeGreaterThan(10);
    expect(command?.usage_hint).toMatch(/topics/);
    expect(command?.usage_hint).toMatch(/help/);
  });

  it('subscribes to exactly the bot events the app handles', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...events].sort());
    const nonMessage = events.filter((e) => !(e in MESSAGE_SUBSCRIPTIONS));
    const takes = (type: string) =>
      registered.events.some((e) => (typeof e === 'string' ? e === type : e.test(type)));
    for (const event of nonMessage) expect(takes(event), event).toBe(true);
    // …and nothing else: a listener for an event the manifest does not subscribe to would never run.
    for (const other of ['reaction_added', 'member_joined_channel', 'app_mentioned'])
      expect(takes(other), other).toBe(false);
    expect(registered.messageListeners).toBeGreaterThan(0);
  });

  it('asks for exactly the scopes the command, the events and posting need', () => {
    const scopes = manifest.oauth_config.scopes.bot;
    expect([...scopes].sort()).toEqual([...expectedScopes].sort());
    for (const event of manifest.settings.event_subscriptions.bot_events) {
      const needed = EVENT_SCOPES[event as keyof typeof EVENT_SCOPES];
      if (needed) expect(scopes).toContain(needed);
    }
  });

  it('turns interactivity on, since the app handles buttons, and declares no shortcut it does not handle', () => {
    expect(registered.actions.length).toBeGreaterThan(0);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect((manifest.features.shortcuts ?? []).map((s) => s.callback_id)).toEqual(registered.shortcuts);
  });

  it('handles every button the answers, help, topics, Home tab and recommendations carry', () => {
    const answerer = createAnswerer(GUIDES);
    const rendered = [
      ...GUIDES.flatMap((g) =>
        g.sections.map((s) => answerer.renderSection(g.id, s.id, { shareable: true })),
      ),
      answerer.ask('help', { mode: 'direct' }).message,
      answerer.ask('topics', { mode: 'direct' }).message,
      answerer.ask('which exam is harder?', { mode: 'direct', shareable: true }).message,
      renderHomeView({ guides: GUIDES, command: DEFAULT_COMMAND }),
      renderRecommendation(GUIDES[0]!, recommend(GUIDES[0]!, { statements: [], answers: {} })),
    ];
    const ids = new Set(rendered.flatMap((message) => actionIds(message?.blocks)));
    expect(ids).toContain('certpath.quiz');
    const unhandled = [...ids].filter((id) => !handles(registered, id));
    expect(unhandled).toEqual([]);
  });

  it('handles the submission of every modal it opens', () => {
    expect(registered.views).toEqual([QUIZ_CALLBACK_ID]);
  });

  it('enables the Home tab and the Messages tab, and Socket Mode', () => {
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('names the bot user as the help text mentions it', () => {
    expect(manifest.features.bot_user.display_name).toBe(BOT_DISPLAY_NAME);
    const help = createAnswerer(GUIDES).ask('help', { mode: 'direct' }).message;
    expect(JSON.stringify(help)).toContain(`@${manifest.features.bot_user.display_name} `);
    const { long_description: about } = manifest.display_information;
    expect(about).toContain(`@${BOT_DISPLAY_NAME} `);
    expect(about).not.toContain('@CertPath');
  });
});

describe('manifest.minimal.yml', () => {
  it('asks for none of the channel-listening scopes and events', () => {
    const minimal = readManifest('manifest.minimal.yml');
    for (const scope of ['channels:history', 'groups:history'])
      expect(minimal.oauth_config.scopes.bot).not.toContain(scope);
    for (const event of ['message.channels', 'message.groups'])
      expect(minimal.settings.event_subscriptions.bot_events).not.toContain(event);
    expect(minimal.settings.event_subscriptions.bot_events).toContain('message.im');
  });

  it('is the full manifest less those, so the two cannot drift apart', () => {
    const full = readManifest('manifest.yml');
    const minimal = readManifest('manifest.minimal.yml');
    const without = (m: Manifest) => ({
      ...m,
      display_information: { ...m.display_information, long_description: '' },
      oauth_config: {
        scopes: { bot: m.oauth_config.scopes.bot.filter((s) => MINIMAL_BOT_SCOPES.includes(s)) },
      },
      settings: {
        ...m.settings,
        event_subscriptions: {
          ...m.settings.event_subscriptions,
          bot_events: m.settings.event_subscriptions.bot_events.filter((e) =>
            (MINIMAL_BOT_EVENTS as readonly string[]).includes(e),
          ),
        },
      },
    });
    expect(without(minimal)).toEqual(without(full));
  });
});
