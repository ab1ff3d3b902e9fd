import type { BlockKitProblem } from '../../../core/block-kit/index.js';
import { fail, type MethodResult } from './method-types.js';

/** `blocks[3].fields[2].text` → `/blocks/3/fields/2/text`, the pointer Slack's errors carry. */
export function toJsonPointer(path: string, root = ''): string {
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  return `${root}/${parts.join('/')}`;
}

/** One Slack-style error line per problem, with a JSON pointer under `root`. */
export function describeProblems(problems: readonly BlockKitProblem[], root: string): string[] {
  return problems.map((p) => `${p.message} [json-pointer:${toJsonPointer(p.path, root)}]`);
}

/** Slack's answer to a message it will not post: `invalid_blocks` with one line per problem. */
export function invalidBlocks(problems: readonly BlockKitProblem[]): MethodResult {
  const errors = describeProblems(problems, '');
  return fail('invalid_blocks', {
    errors,
    problems,
    response_metadata: { messages: errors.map((e) => `[ERROR] ${e}`) },
  });
}

/** Slack's answer to a view it will not show: `invalid_arguments`, pointing into `/view`. */
export function invalidView(problems: readonly BlockKitProblem[]): MethodResult {
  const errors = describeProblems(problems, '/view');
  return fail('invalid_arguments', {
    errors,
    problems,
    response_metadata: { messages: errors.map((e) => `[ERROR] ${e}`) },
  });
}
