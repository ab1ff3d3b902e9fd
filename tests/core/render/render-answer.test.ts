import { describe, expect, it } from 'vitest';
import type { ComparisonRow, Section } from '../../../src/core/guide.js';
import { parseFeedbackValue } from '../../../src/core/render/feedback-value.js';
import { ANSWER_WORDS, BAND_LABELS, BUTTON_LABELS } from '../../../src/core/render/messages.js';
import { type AnswerInput, renderAnswer } from '../../../src/core/render/render-answer.js';
import { parseShareValue } from '../../../src/core/render/share-value.js';
import type { ButtonElement, SectionBlock } from '../../../src/core/render/slack-message.js';
import {
  ALL_GUIDES,
  actionIdsOf,
  allText,
  buttonLabelsOf,
  DEFAULT_GUIDE,
  expectSendable,
  FIXTURE_GUIDE,
  sectionOf,
  TRICKY_QUESTIONS,
} from './render-fixtures.js';

function answer(overrides: Partial<AnswerInput> & Pick<AnswerInput, 'section'>) {
  return renderAnswer({
    guide: DEFAULT_GUIDE,
    confidence: 0.92,
    band: 'best',
    shareable: true,
    ...overrides,
  });
}

function fieldBlocks(blocks: readonly { type: string }[]): SectionBlock[] {
  return blocks.filter((block): block is SectionBlock => block.type === 'section' && 'fields' in block);
}

function buttons(blocks: ReturnType<typeof answer>['blocks']): ButtonElement[] {
  return blocks.flatMap((block) => (block.type === 'actions' ? block.elements : []));
}

const everySection = ALL_GUIDES.flatMap((guide) => guide.sections.map((section) => ({ guide, section })));

describe('renderAnswer', () => {
  describe.each(everySection)('for $guide.id/$section.id', ({ guide, section }) => {
    it('renders a sendable message for every kind of question', () => {
      const criteria = guide.sections.flatMap((s) => s.recommender?.roles ?? []);
      for (const question of TRICKY_QUESTIONS) {
        expectSendable(
          renderAnswer({
            guide,
            section,
            confidence: 0.92,
            band: 'best',
            question,
            shareable: true,
            criteria,
          }),
        );
        expectSendable(
          renderAnswer({
            guide,
            section,
            confidence: 0.5,
            band: 'possible',
            question,
            shareable: false,
            sharedBy: 'U0123ABC',
          }),
        );
      }
    });
  });

  const rated = everySection.filter(({ section }) => section.rated);

  it('has a rated section in each guide to check', () => {
    expect(rated.map(({ guide }) => guide.id)).toEqual([DEFAULT_GUIDE.id, FIXTURE_GUIDE.id]);
  });

  it.each(rated)(
    'shows every rating of $guide.id/$section.id as a bar and its label',
    ({ guide, section }) => {
      const text = allText(renderAnswer({ guide, section, confidence: 1, band: 'best', shareable: false }));
      const scale = guide.ratingScale;
      for (const row of section.comparison) {
        for (const cell of Object.values(row.cells)) {
          const position = scale.indexOf(cell as string);
          const bar = `${'▰'.repeat(position + 1)}${'▱'.repeat(scale.length - position - 1)}`;
          expect(text).toContain(`*${row.aspect}*\n${bar} ${cell}`);
        }
      }
    },
  );

  it('draws ratings on the default scale out of four', () => {
    const text = allText(answer({ section: sectionOf(DEFAULT_GUIDE, 'skills-matrix') }));
    expect(text).toContain('*Cloud Architecture*\n▰▰▰▰ Very High');
    expect(text).toContain('*Programming*\n▰▱▱▱ Low');
    expect(text).toContain('*Programming*\n▰▰▰▱ High');
  });

  it('puts the side labels with their codes first, then one field per side for each row', () => {
    const [first] = fieldBlocks(answer({ section: sectionOf(DEFAULT_GUIDE, 'difficulty') }).blocks);
    const fields = first!.fields!.map((field) => field.text);
    expect(fields.slice(0, 2)).toEqual([
      ':building_construction: *Architect* · SAA-C03',
      ':computer: *Developer* · DVA-C02',
    ]);
    expect(fields[2]).toMatch(/^\*If you come from software development\*\nNo head start from coding/);
    expect(fields[3]).toMatch(/^\*If you come from software development\*\nOften the easier of the two/);
  });

  it('gives every message blocks of its own, however often a section is answered', () => {
    const section = sectionOf(DEFAULT_GUIDE, 'difficulty');
    const first = answer({ section });
    const again = answer({ section });
    expect(again.blocks).toEqual(first.blocks);
    // Changing one message (as a reply's thanks or share does to its copy) leaves the next one alone.
    const [fields] = fieldBlocks(first.blocks);
    fields!.fields!.splice(0, fields!.fields!.length);
    fields!.fields!.push({ type: 'mrkdwn', text: 'changed' });
    const [later] = fieldBlocks(answer({ section }).blocks);
    expect(later!.fields!.map((field) => field.text)).toEqual(
      fieldBlocks(again.blocks)[0]!.fields!.map((field) => field.text),
    );
    expect(later!.fields!.length).toBeGreaterThan(1);
  });

  it('shows list cells as bullet lines and skips the aspect line of a row without one', () => {
    const fields = fieldBlocks(
      renderAnswer({
        guide: FIXTURE_GUIDE,
        section: sectionOf(FIXTURE_GUIDE, 'overview'),
        confidence: 1,
        band: 'best',
        shareable: false,
      }).blocks,
    ).flatMap((block) => block.fields!.map((field) => field.text));
    expect(fields).toContain('• CloudWatch alarms\n• Systems Manager\n• AWS Backup');
    expect(fields).toContain('• CodePipeline\n• CloudFormation\n• Blue/green &lt;deployments&gt;');
  });

  it('splits many rows into blocks of at most ten fields without breaking a pair', () => {
    const rows: ComparisonRow[] = Array.from({ length: 12 }, (_, i) => ({
      aspect: `Row ${i}`,
      cells: { sysops: `left ${i}`, devops: `right ${i}` },
    }));
    const section: Section = { ...sectionOf(FIXTURE_GUIDE, 'overview'), comparison: rows };
    const blocks = fieldBlocks(
      renderAnswer({ guide: FIXTURE_GUIDE, section, confidence: 1, band: 'best', shareable: false }).blocks,
    );
    expect(blocks.map((block) => block.fields!.length)).toEqual([10, 10, 6]);
    const fields = blocks.flatMap((block) => block.fields!.map((field) => field.text));
    expect(fields.filter((text) => text.includes('SysOps*'))).toHaveLength(1);
    rows.forEach((_, i) => {
      expect(fields[2 + 2 * i]).toBe(`*Row ${i}*\nleft ${i}`);
      expect(fields[3 + 2 * i]).toBe(`*Row ${i}*\nright ${i}`);
    });
  });

  it('shows no comparison for a one-sided section, but names the side in the summary', () => {
    const message = answer({ section: sectionOf(DEFAULT_GUIDE, 'architect') });
    expect(fieldBlocks(message.blocks)).toEqual([]);
    expect(message.blocks[1]).toMatchObject({
      text: {
        text: expect.stringMatching(
          /^:building_construction: \*AWS Certified Solutions Architect – Associate\* · SAA-C03\n/,
        ),
      },
    });
  });

  it('converts the Markdown body to Slack mrkdwn', () => {
    const text = allText(
      renderAnswer({
        guide: FIXTURE_GUIDE,
        section: sectionOf(FIXTURE_GUIDE, 'overview'),
        confidence: 1,
        band: 'best',
        shareable: false,
      }),
    );
    expect(text).toContain('*Why compare them*');
    expect(text).toContain('Both are about *operations*, but at _different_ levels.');
    expect(text).toContain(
      '<https://aws.amazon.com/certification/?a=1&amp;b=2|official exam guide> before you start.',
    );
    expect(text).toContain(
      '• Monitoring &amp; alerting: a &lt; b\n• Automation that continues on a second line',
    );
  });

  it('splits a long body into blocks of at most 3000 characters, at paragraph breaks', () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} ${'word '.repeat(180).trim()}`);
    const section: Section = { ...sectionOf(FIXTURE_GUIDE, 'sysops'), body: paragraphs.join('\n\n') };
    const message = renderAnswer({
      guide: FIXTURE_GUIDE,
      section,
      confidence: 1,
      band: 'best',
      shareable: false,
    });
    const bodies = message.blocks.filter(
      (block): block is SectionBlock =>
        block.type === 'section' && (block.text?.text.startsWith('Paragraph') ?? false),
    );
    expect(bodies.length).toBeGreaterThan(1);
    for (const block of bodies) expect(block.text!.text.length).toBeLessThanOrEqual(3000);
    expect(bodies.map((block) => block.text!.text).join('\n\n')).toBe(paragraphs.join('\n\n'));
    expectSendable(message);
  });

  it('gives way on comparison and body rather than break Slack limits', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({
      aspect: `Row ${i}`,
      cells: { sysops: 'x'.repeat(2000), devops: 'y'.repeat(2000) },
    }));
    const section: Section = {
      ...sectionOf(FIXTURE_GUIDE, 'overview'),
      comparison: rows,
      body: 'z '.repeat(20_000),
    };
    expectSendable(
      renderAnswer({ guide: FIXTURE_GUIDE, section, confidence: 1, band: 'best', shareable: true }),
    );
  });

  it('keeps to 50 blocks however many rows a comparison has', () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({
      aspect: '',
      cells: { sysops: `l${i}`, devops: `r${i}` },
    }));
    const section: Section = { ...sectionOf(FIXTURE_GUIDE, 'overview'), comparison: rows };
    const message = renderAnswer({
      guide: FIXTURE_GUIDE,
      section,
      confidence: 1,
      band: 'best',
      shareable: true,
    });
    expectSendable(message);
    expect(message.blocks.at(-1)).toMatchObject({ type: 'actions' });
    expect(fieldBlocks(message.blocks).length).toBeGreaterThan(30);
  });

  it('cuts a title longer than a header allows', () => {
    const section: Section = { ...sectionOf(FIXTURE_GUIDE, 'sysops'), title: 'Long title '.repeat(20) };
    const [header] = renderAnswer({
      guide: FIXTURE_GUIDE,
      section,
      confidence: 1,
      band: 'best',
      shareable: false,
    }).blocks;
    expect(header).toMatchObject({ type: 'header', text: { text: expect.stringMatching(/…$/) } });
    expect(Array.from((header as { text: { text: string } }).text.text).length).toBeLessThanOrEqual(150);
  });

  it('highlights the persona cues it matched, with the side they point to', () => {
    const choose = sectionOf(DEFAULT_GUIDE, 'choose');
    const criteria = [
      ...choose.recommender!.roles.filter((role) => role.id === 'sysadmin' || role.id === 'other'),
    ];
    const text = allText(answer({ section: choose, criteria }));
    expect(text).toContain(ANSWER_WORDS.mentionedRole('system administrator', 'Architect'));
    expect(text).toContain(':dart: You mentioned *system administrator* → points to *Architect*');
    expect(text).not.toContain('*other*');
  });

  it("quotes the asker's own words for a cue, not the guide's statement", () => {
    const choose = sectionOf(DEFAULT_GUIDE, 'choose');
    const { statements, roles } = choose.recommender!;
    const criteria = [
      statements.find((s) => s.id === 'backend-apps')!,
      roles.find((r) => r.id === 'backend-engineer')!,
    ];
    const question = "I'm a java backend dev, which cert should I take?";
    const lines = allText(answer({ section: choose, criteria, question }))
      .split('\n')
      .filter((line) => line.startsWith(':dart:'));
    // The role is quoted in the asker's words; the statement, not typed as such, is the guide's words.
    expect(lines).toEqual([
      ':dart: Sounds like _I build backend applications_ → points to *Developer*',
      ':dart: You mentioned *java backend dev* → points to *Developer*',
    ]);
  });

  it("says a cue found only after a spelling fix sounds like the guide's statement, not that the asker said it", () => {
    const choose = sectionOf(DEFAULT_GUIDE, 'choose');
    const statement = choose.recommender!.statements.find((s) => s.id === 'backend-apps')!;
    const text = allText(answer({ section: choose, criteria: [statement], question: 'i do bakend stuff' }));
    expect(text).toContain(`:dart: Sounds like _${statement.label}_ → points to *Developer*`);
    expect(text).not.toContain('You said');
  });

  it('says where the answer comes from, how sure it is, and who shared it', () => {
    const best = allText(answer({ section: sectionOf(DEFAULT_GUIDE, 'salary'), sharedBy: 'U123' }));
    expect(best).toContain(ANSWER_WORDS.source(DEFAULT_GUIDE.title, BAND_LABELS.best, 92));
    expect(best).toContain('From *AWS Solutions Architect vs Developer (Associate)* · Best match (92%)');
    expect(best).toContain('Shared by <@U123>');
    const possible = allText(
      answer({ section: sectionOf(DEFAULT_GUIDE, 'salary'), band: 'possible', confidence: 0.456 }),
    );
    expect(possible).toContain('· Possibly relevant (46%)');
  });

  it('never turns a strange sharer id into a mention', () => {
    const message = answer({ section: sectionOf(DEFAULT_GUIDE, 'salary'), sharedBy: '!channel>' });
    expect(allText(message)).toContain(ANSWER_WORDS.sharedBy('!channel&gt;'));
    expectSendable(message);
  });

  it('offers up to four related sections as topic buttons', () => {
    const section = sectionOf(DEFAULT_GUIDE, 'difficulty');
    const topicButtons = buttons(answer({ section }).blocks).filter((b) =>
      b.action_id.startsWith('certpath.topic.'),
    );
    expect(topicButtons.map((b) => b.text.text)).toEqual(
      section.related.map((id) => sectionOf(DEFAULT_GUIDE, id).title),
    );
    expect(topicButtons.map((b) => b.action_id)).toEqual([
      'certpath.topic.0',
      'certpath.topic.1',
      'certpath.topic.2',
      'certpath.topic.3',
    ]);
    expect(topicButtons[0]!.value).toBe('aws-architect-vs-developer/exam-questions');
  });

  it('offers the sections matching also came close to first, then the related ones, each once', () => {
    const section = sectionOf(DEFAULT_GUIDE, 'difficulty');
    const [firstRelated] = section.related;
    const unrelated = DEFAULT_GUIDE.sections.find((s) => s !== section && !section.related.includes(s.id))!;
    const alsoClose = [unrelated, section, sectionOf(DEFAULT_GUIDE, firstRelated!)].map((s) => ({
      guide: DEFAULT_GUIDE,
      section: s,
    }));
    const titles = buttons(answer({ section, alsoClose }).blocks)
      .filter((b) => b.action_id.startsWith('certpath.topic.'))
      .map((b) => b.text.text);
    // The answered section is no button of its own; the third close section is past the two offered.
    expect(titles.slice(0, 2)).toEqual([unrelated.title, sectionOf(DEFAULT_GUIDE, firstRelated!).title]);
    expect(titles).toEqual([...new Set(titles)]);
    expect(titles).not.toContain(section.title);
    for (const id of section.related) expect(titles).toContain(sectionOf(DEFAULT_GUIDE, id).title);
  });

  it('offers the quiz only on the section that carries the recommender', () => {
    const choose = buttons(answer({ section: sectionOf(DEFAULT_GUIDE, 'choose') }).blocks);
    expect(choose.find((b) => b.action_id === 'certpath.quiz')).toMatchObject({
      text: { text: BUTTON_LABELS.quiz },
      value: DEFAULT_GUIDE.id,
    });
    expect(actionIdsOf(answer({ section: sectionOf(DEFAULT_GUIDE, 'salary') }).blocks)).not.toContain(
      'certpath.quiz',
    );
  });

  it('offers sharing only when the answer is shareable, and always asks for feedback', () => {
    const section = sectionOf(DEFAULT_GUIDE, 'salary');
    const shareable = buttonLabelsOf(answer({ section, shareable: true }).blocks);
    expect(shareable.slice(-3)).toEqual([
      BUTTON_LABELS.share,
      BUTTON_LABELS.helpful,
      BUTTON_LABELS.notHelpful,
    ]);
    const shareValue = buttons(answer({ section }).blocks).find(
      (b) => b.action_id === 'certpath.share',
    )?.value;
    expect(parseShareValue(shareValue ?? '')).toMatchObject({
      guideId: 'aws-architect-vs-developer',
      sectionId: 'salary',
    });
    const private_ = buttonLabelsOf(answer({ section, shareable: false }).blocks);
    expect(private_).not.toContain(BUTTON_LABELS.share);
    expect(private_.slice(-2)).toEqual(['👍 Helpful', '👎 Not helpful']);
  });

  it('keeps the question in the feedback value, cut to 300 characters and parseable', () => {
    const question = `<!channel> ${'é'.repeat(400)}`;
    const helpful = buttons(answer({ section: sectionOf(DEFAULT_GUIDE, 'salary'), question }).blocks).find(
      (b) => b.action_id === 'certpath.feedback.helpful',
    );
    expect(helpful!.value!.length).toBeLessThanOrEqual(2000);
    const parsed = parseFeedbackValue(helpful!.value!);
    expect(parsed).toMatchObject({ guideId: DEFAULT_GUIDE.id, sectionId: 'salary', confidence: 0.92 });
    expect(parsed!.question!.startsWith('<!channel> éé')).toBe(true);
    expect(Array.from(parsed!.question!).length).toBeLessThanOrEqual(300);
  });

  it('falls back to "title — summary" as the notification text', () => {
    const section = sectionOf(FIXTURE_GUIDE, 'overview');
    const message = renderAnswer({
      guide: FIXTURE_GUIDE,
      section,
      confidence: 1,
      band: 'best',
      shareable: false,
    });
    expect(message.text).toBe(
      "SysOps vs DevOps – what's the difference? — SysOps keeps systems running; DevOps automates how they are built &amp; shipped.",
    );
  });
});
