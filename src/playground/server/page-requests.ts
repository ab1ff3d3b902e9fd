import { z } from 'zod';

/**
 * What the page may post, validated once at the boundary. Ids are short Slack-shaped strings;
 * text is capped near Slack's own message limit.
 */
const id = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/);

export const ComposeRequest = z.object({
  channel: id,
  text: z.string().max(40_000),
  threadTs: id.optional(),
});
export type ComposeRequest = z.infer<typeof ComposeRequest>;

export const ActionRequest = z
  .object({
    messageTs: id.optional(),
    viewId: id.optional(),
    actionId: z.string().min(1).max(255),
    /** Option values picked or text typed; absent for a button click. */
    values: z.array(z.string().max(3000)).max(100).optional(),
  })
  .refine((r) => (r.messageTs === undefined) !== (r.viewId === undefined), 'name a message or a view');
export type ActionRequest = z.infer<typeof ActionRequest>;

export const SubmitRequest = z.object({
  values: z.record(
    z.string().max(255),
    z.union([z.string().max(3000), z.array(z.string().max(3000)).max(100)]),
  ),
});
export type SubmitRequest = z.infer<typeof SubmitRequest>;

export const HomeRequest = z.object({ tab: z.enum(['home', 'messages']).default('home') });
export type HomeRequest = z.infer<typeof HomeRequest>;
