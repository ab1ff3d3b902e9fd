import type { AllMiddlewareArgs, BlockButtonAction, Logger, SlackActionMiddlewareArgs } from '@slack/bolt';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** A button's action id (or id pattern) and the listener for it. */
export type ActionRoute = [matcher: string | RegExp, listener: (args: ButtonArgs) => Promise<void>];

const matches = (matcher: string | RegExp, actionId: string) =>
  typeof matcher === 'string' ? matcher === actionId : matcher.test(actionId);

/**
 * One listener for every button, which hands the click to the route for its action id. Bolt runs
 * every registered listener's middleware for every request it receives, so six button listeners
 * would cost every slash command and event six extra chains (the slash benchmark showed it).
 * A click nothing handles is acknowledged at once, so Slack shows no error, and logged at debug.
 */
export function routeActions(
  routes: readonly ActionRoute[],
  logger?: Pick<Logger, 'debug'>,
): (args: ButtonArgs) => Promise<void> {
  return async (args) => {
    const route = routes.find(([matcher]) => matches(matcher, args.action.action_id));
    if (route) return route[1](args);
    await args.ack();
    logger?.debug(`acknowledged a click on ${JSON.stringify(args.action.action_id)}, which nothing handles`);
  };
}
