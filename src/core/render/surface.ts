/**
 * Where a reply is read. A hint must fit it: in a DM the bare word (`topics`) works and a mention
 * or slash command would be odd advice; everywhere else the slash command is what works.
 */
export type Surface = 'dm' | 'elsewhere';

/** The command to type for `word` where the reply is read: `` `topics` `` in a DM, `` `/certpath topics` `` elsewhere. */
export function commandToType(word: string, command: string, surface: Surface): string {
  return surface === 'dm' ? `\`${word}\`` : `\`${command} ${word}\``;
}
