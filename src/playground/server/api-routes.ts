import type { z } from 'zod';
import { snapshotOf } from '../display/stream-events.js';
import type { WorkspaceState } from '../emulator/index.js';
import { PlaygroundError } from '../errors.js';
import type { PageActions, PageReply } from './page-actions.js';
import { ActionRequest, ComposeRequest, HomeRequest, SubmitRequest } from './page-requests.js';

/** What the JSON API needs. */
export interface ApiDeps {
  actions: PageActions;
  workspace: WorkspaceState;
  command: string;
}

/** A JSON route: the method and path it answers, and how. */
interface ApiRoute {
  method: 'GET' | 'POST';
  path: RegExp;
  handle(
    deps: ApiDeps,
    body: unknown,
    params: string[],
  ): Promise<PageReply | { status: number; body: unknown }>;
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success)
    throw new PlaygroundError('BAD_REQUEST', result.error.issues[0]?.message ?? 'malformed');
  return result.data;
}

/** The page's JSON API. Every POST is a user action that the emulator carries out as Slack would. */
const ROUTES: readonly ApiRoute[] = [
  {
    method: 'GET',
    path: /^\/api\/snapshot$/,
    handle: async ({ workspace, command }) => ({ status: 200, body: snapshotOf(workspace, command) }),
  },
  {
    method: 'POST',
    path: /^\/api\/messages$/,
    handle: ({ actions }, body) => actions.compose(parse(ComposeRequest, body)),
  },
  {
    method: 'POST',
    path: /^\/api\/actions$/,
    handle: ({ actions }, body) => actions.act(parse(ActionRequest, body)),
  },
  {
    method: 'POST',
    path: /^\/api\/views\/([A-Za-z0-9]+)\/submit$/,
    handle: ({ actions }, body, [viewId]) => actions.submit(viewId ?? '', parse(SubmitRequest, body)),
  },
  {
    method: 'POST',
    path: /^\/api\/views\/([A-Za-z0-9]+)\/close$/,
    handle: async ({ actions }, _body, [viewId]) => actions.close(viewId ?? ''),
  },
  {
    method: 'POST',
    path: /^\/api\/session$/,
    handle: async ({ actions }) => actions.startSession(),
  },
  {
    method: 'POST',
    path: /^\/api\/home$/,
    handle: ({ actions }, body) => actions.openHome(parse(HomeRequest, body)),
  },
];

/** The route for a request, with the path's captured ids; undefined when none matches. */
export function findRoute(
  method: string,
  pathname: string,
): { route: ApiRoute; params: string[] } | { wrongMethod: true } | undefined {
  let wrongMethod = false;
  for (const route of ROUTES) {
    const match = route.path.exec(pathname);
    if (!match) continue;
    if (route.method === method) return { route, params: match.slice(1) };
    wrongMethod = true;
  }
  return wrongMethod ? { wrongMethod } : undefined;
}
