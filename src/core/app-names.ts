/**
 * The names people use to reach the bot, as manifest.yml registers them: one source for the core's
 * help texts, the configuration's defaults and the test that holds the manifests to them.
 */

/** The slash command the manifest declares; CERTPATH_COMMAND may rename it for a second install. */
export const DEFAULT_COMMAND = '/certpath';

/** The bot user's display name (`bot_user.display_name`): what people type after `@` to mention it. */
export const BOT_DISPLAY_NAME = 'certpath';
