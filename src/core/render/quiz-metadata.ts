import { BLOCK_KIT_LIMITS as L } from '../block-kit/index.js';

/** What the quiz modal remembers between views.open and its submission (Slack sends no channel with it). */
export interface QuizMetadata {
  guideId: string;
  /** Where the quiz was started, so the result can be posted there (ephemerally); absent → DM. */
  channelId?: string;
  /** The thread it was started in, if any. */
  threadTs?: string;
  /** Started from the App Home: the result replaces the quiz in its modal, where the person is looking. */
  home?: boolean;
}

/** The modal's `private_metadata`: `{"g":…,"c":…,"t":…,"h":1}`, well under Slack's 3,000 characters. */
export function quizPrivateMetadata(metadata: QuizMetadata): string {
  const { guideId, channelId, threadTs, home } = metadata;
  const value = JSON.stringify({
    g: guideId,
    ...(channelId ? { c: channelId } : {}),
    ...(threadTs ? { t: threadTs } : {}),
    ...(home ? { h: 1 } : {}),
  });
  if (value.length > L.privateMetadata)
    throw new RangeError('quiz metadata is too long for private_metadata');
  return value;
}

/** Reads `private_metadata` back, or undefined when it is not the quiz's. */
export function parseQuizPrivateMetadata(value: string): QuizMetadata | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { g, c, t, h } = parsed as Record<string, unknown>;
    if (typeof g !== 'string') return undefined;
    return {
      guideId: g,
      ...(typeof c === 'string' ? { channelId: c } : {}),
      ...(typeof t === 'string' ? { threadTs: t } : {}),
      ...(h === 1 ? { home: true } : {}),
    };
  } catch {
    return undefined;
  }
}
