import { BLOCK_KIT_LIMITS as L } from '../block-kit/index.js';
import type { Criterion, Guide, Section } from '../guide.js';
import { followUpActions, responseActions } from './answer-actions.js';
import { context, divider, fieldsSection, header, section as sectionBlock } from './block-builders.js';
import { comparisonFields } from './comparison-blocks.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { inlineMrkdwn, markdownToMrkdwn } from './markdown-to-mrkdwn.js';
import { ANSWER_WORDS, BAND_LABELS } from './messages.js';
import { personaLines } from './persona-lines.js';
import { sideTitle } from './side-heading.js';
import type { Block, SlackMessage } from './slack-message.js';
import { splitText } from './split-text.js';
import { blocksTextLength, fitBlocks } from './text-budget.js';
import type { TopicRef } from './topic-buttons.js';
import { truncate } from './truncate.js';

/** Everything needed to answer with one section. */
export interface AnswerInput {
  guide: Guide;
  section: Section;
  /** 0..1, from matching. */
  confidence: number;
  band: 'best' | 'possible';
  /** The question as asked, kept in the feedback buttons. */
  question?: string;
  /**
   * The other sections matching came closest to for the question, best first: offered as the first follow-up
   * buttons, so the three sections a reply is measured by (`certpath eval`'s top-3) are all on screen.
   */
  alsoClose?: readonly TopicRef[];
  /** Persona cues found in the question, highlighted above the comparison. */
  criteria?: readonly Criterion[];
  /** True when only the asker sees the answer, so a "Share in channel" button makes sense. */
  shareable: boolean;
  /** User id of whoever shared the answer into the channel. */
  sharedBy?: string;
}

/**
 * A section as a Slack message: title, summary, persona cues, the two sides as columns, the
 * body, where it came from, and follow-up buttons. The comparison and body give way (whole
 * blocks, from the end) when a long section would break Slack's block or text limits.
 */
export function renderAnswer(input: AnswerInput): SlackMessage {
  const { guide, section } = input;
  const head: Block[] = [header(section.title), sectionBlock(summaryText(input))];
  const cues = personaLines(guide, input.criteria ?? [], input.question);
  if (cues.length > 0) head.push(sectionBlock(cues.join('\n')));
  const tail: Block[] = [divider(), sourceContext(input)];
  const followUps = followUpActions(guide, section, input.alsoClose);
  if (followUps) tail.push(followUps);
  const ref = {
    guideId: guide.id,
    sectionId: section.id,
    confidence: input.confidence,
    question: input.question,
  };
  tail.push(responseActions(ref, input.shareable, input.band));
  const { comparison, body } = sectionText(guide, section);
  const main = fitBlocks([...comparison.map(fieldsSection), ...body.map((text) => sectionBlock(text))], {
    blocks: L.messageBlocks - head.length - tail.length,
    chars: L.blocksTextChars - blocksTextLength([...head, ...tail]),
  });
  return { text: fallbackText(section), blocks: [...head, ...main, ...tail] };
}

function summaryText({ guide, section }: AnswerInput): string {
  const summary = inlineMrkdwn(section.summary);
  const side = guide.sides.find((candidate) => candidate.id === section.side);
  return side ? `${sideTitle(side)}\n${summary}` : summary;
}

/** A section's comparison fields (in blocks' worth) and body paragraphs, as mrkdwn. */
interface SectionText {
  comparison: string[][];
  body: string[];
}

/**
 * Content does not change while the bot runs, so a section's mrkdwn is converted once (a tenth of an
 * answer's time went to converting the same markdown again); every message still gets blocks of its own.
 */
const SECTION_TEXT = new WeakMap<Section, SectionText>();

function sectionText(guide: Guide, section: Section): SectionText {
  let text = SECTION_TEXT.get(section);
  if (!text) {
    text = {
      comparison: comparisonFields(guide, section),
      body: splitText(markdownToMrkdwn(section.body), L.sectionText),
    };
    SECTION_TEXT.set(section, text);
  }
  return text;
}

function sourceContext({ guide, band, confidence, sharedBy }: AnswerInput): Block {
  const percent = Math.round(Math.min(1, Math.max(0, confidence)) * 100);
  const source = ANSWER_WORDS.source(escapeMrkdwn(guide.title), BAND_LABELS[band], percent);
  return sharedBy ? context(source, ANSWER_WORDS.sharedBy(userMention(sharedBy))) : context(source);
}

/** `<@U123>` for a real user id; anything else is shown as text, so it can never become a broadcast. */
function userMention(userId: string): string {
  return /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : escapeMrkdwn(userId);
}

function fallbackText(section: Section): string {
  return truncate(`${escapeMrkdwn(section.title)} — ${escapeMrkdwn(section.summary)}`, L.sectionText);
}
