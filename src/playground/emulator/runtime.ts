import type { Deliver } from './delivery.js';
import type { ElementStates } from './element-state.js';
import { TargetNotFoundError } from './errors.js';
import type { ResponseUrls } from './response-urls.js';
import type { TriggerRegistry } from './triggers.js';
import { type Channel, findUser, HUMAN, type WorkspaceUser } from './workspace.js';
import type { WorkspaceState } from './workspace-state.js';

/** The parts of a running emulator that the user-action helpers work with. */
export interface EmulatorRuntime {
  readonly state: WorkspaceState;
  readonly triggers: TriggerRegistry;
  readonly responseUrls: ResponseUrls;
  readonly elementStates: ElementStates;
  /** The legacy verification token Slack puts in payloads (`token`). */
  readonly verificationToken: string;
  /** Sends to the bot over HTTP or Socket Mode, whichever the emulator is set to. */
  readonly deliver: Deliver;
}

/** The channel a helper was pointed at (with the bot's membership as it is now), or a TargetNotFoundError. */
export function requireChannel(state: WorkspaceState, ref: string): Channel {
  const channel = state.channel(ref);
  if (!channel) throw new TargetNotFoundError(`channel "${ref}"`);
  return channel;
}

/** The acting user (the human by default), or a TargetNotFoundError. */
export function requireUser(id: string = HUMAN.id): WorkspaceUser {
  const user = findUser(id);
  if (!user) throw new TargetNotFoundError(`user "${id}"`);
  return user;
}
