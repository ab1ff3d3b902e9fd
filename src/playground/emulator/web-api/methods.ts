import { appsConnectionsOpen, authTest } from './auth-methods.js';
import { chatDelete, chatPostEphemeral, chatPostMessage, chatUpdate } from './chat-methods.js';
import type { MethodSpec } from './method-types.js';
import { viewsOpen, viewsPublish, viewsUpdate } from './views-methods.js';

/** The Web API methods the emulator speaks; anything else is `unknown_method`. */
export const WEB_API_METHODS: Readonly<Record<string, MethodSpec>> = {
  'auth.test': authTest,
  'apps.connections.open': appsConnectionsOpen,
  'chat.postMessage': chatPostMessage,
  'chat.postEphemeral': chatPostEphemeral,
  'chat.update': chatUpdate,
  'chat.delete': chatDelete,
  'views.publish': viewsPublish,
  'views.open': viewsOpen,
  'views.update': viewsUpdate,
};
