import { BLOCK_KIT_LIMITS as L } from '../block-kit/index.js';
import type { Guide } from '../guide.js';
import { parseSectionRef, sectionRefValue } from './action-ids.js';
import { context, divider, header, mrkdwn, plainText, section } from './block-builders.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { gapBlockId, teachGapActionId } from './learning-ids.js';
import { LEARNING_WORDS as W } from './learning-words.js';
import type { OptionGroup, SelectSectionBlock } from './render-topic-follow-up.js';
import type { Block } from './slack-message.js';
import { truncate } from './truncate.js';

/** One group of unanswered questions, as the panel shows it. */
export interface GapRow {
  normalized: string;
  question: string;
  count: number;
  lastSeen: string;
  outcome: string;
  bestGuess?: { guideId: string; sectionId: string; confidence: number };
}

export interface SuggestionRow {
  guideId: string;
  sectionId: string;
  question: string;
  count: number;
}

export interface GapsPanelInput {
  guides: readonly Guide[];
  /** Undefined when the store could not be read. */
  gaps?: { unanswered: readonly GapRow[]; suggestions: readonly SuggestionRow[]; days: number };
  /** A line on top, e.g. what was just taught. */
  notice?: string;
  /** Blocks the panel may use (what the Home view has left of its 100). */
  maxBlocks: number;
}

const QUESTION_SHOWN = 150;
const SUGGESTIONS_SHOWN = 5;

/** "question" shown safely: cut, one line, markup escaped. */
const shown = (question: string) =>
  escapeMrkdwn(truncate(question.replace(/[\p{Cc}\s]+/gu, ' ').trim(), QUESTION_SHOWN));

/**
 * The admins' "Content gaps" panel for the Home tab: the largest groups of unanswered questions,
 * each with a section picker ("Answer this with…"), then the topics people suggested after a 👎.
 */
export function renderGapsPanel({
  guides,
  gaps,
  notice,
  maxBlocks,
}: GapsPanelInput): (Block | SelectSectionBlock)[] {
  const title = (guideId: string, sectionId: string) =>
    guides.find((g) => g.id === guideId)?.sections.find((s) => s.id === sectionId)?.title ??
    `${guideId}/${sectionId}`;
  const head: Block[] = [divider(), header(W.gapsTitle)];
  if (notice) head.push(section(notice));
  if (!gaps) return [...head, context(W.gapsUnavailable)];
  head.push(context(W.gapsIntro(gaps.days)));
  const tail: Block[] = [];
  if (gaps.suggestions.length > 0) {
    const lines = gaps.suggestions
      .slice(0, SUGGESTIONS_SHOWN)
      .map((s) =>
        W.suggestionLine(shown(s.question || '—'), escapeMrkdwn(title(s.guideId, s.sectionId)), s.count),
      );
    tail.push(section([W.suggestionsTitle, ...lines].join('\n')));
  }
  if (gaps.unanswered.length === 0) return [...head, context(W.gapsNone(gaps.days)), ...tail];
  const room = Math.max(0, maxBlocks - head.length - tail.length);
  const picker = sectionPicker(guides);
  const rows = gaps.unanswered.slice(0, room).map((gap, n): SelectSectionBlock => {
    const guess = gap.bestGuess
      ? `${escapeMrkdwn(title(gap.bestGuess.guideId, gap.bestGuess.sectionId))} (${Math.round(gap.bestGuess.confidence * 100)}%)`
      : '';
    const text = W.gapLine(
      shown(gap.question),
      gap.count,
      gap.lastSeen.slice(0, 10),
      W.outcome[gap.outcome] ?? gap.outcome,
      guess,
    );
    return {
      type: 'section',
      block_id: gapBlockId(gap.normalized),
      text: mrkdwn(text),
      accessory: {
        type: 'static_select',
        action_id: teachGapActionId(n),
        placeholder: plainText(W.answerWith, L.placeholder),
        ...picker,
      },
    };
  });
  return [...head, ...rows, ...tail];
}

/** Every section as an option; grouped by guide when there are several. */
function sectionPicker(
  guides: readonly Guide[],
): { options: OptionGroup['options'] } | { option_groups: OptionGroup[] } {
  const options = (guide: Guide) =>
    guide.sections
      .slice(0, 100)
      .map((s) => ({ text: plainText(s.title, L.optionText), value: sectionRefValue(guide.id, s.id) }));
  if (guides.length === 1) return { options: options(guides[0]!) };
  return {
    option_groups: guides
      .slice(0, 100)
      .map((guide) => ({ label: plainText(guide.title, L.optionText), options: options(guide) })),
  };
}

/** Reads a picked option back into a section reference. */
export const parsePickedSection = parseSectionRef;
