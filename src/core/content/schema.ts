import { z } from 'zod';

/** Alternate phrasings a section may list (`questions:`); `content learn` stops adding at this many. */
export const MAX_SECTION_QUESTIONS = 40;
/** How long one alternate phrasing may be. */
export const MAX_QUESTION_CHARS = 200;

/** Ids are used in action values, file names and the CLI's JSON: keep them plain. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and dashes');
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const sideSchema = z.strictObject({
  id: slug,
  label: text(30),
  name: text(150),
  code: text(20).optional(),
  emoji: z
    .string()
    .regex(/^:[a-z0-9_+-]+:$/, 'must be a Slack emoji code like :computer:')
    .optional(),
});

/** guide.yml */
export const guideFileSchema = z.strictObject({
  id: slug,
  title: text(150),
  sides: z.array(sideSchema).length(2, 'must list exactly two sides'),
  ratingScale: z.array(text(20)).min(2).default(['Low', 'Medium', 'High', 'Very High']),
  vocabulary: z
    .record(z.string().regex(/^[a-z0-9-]+$/, 'must be one lowercase word'), z.array(text(80)))
    .default({}),
  generalTerms: z.array(text(40)).default([]),
  defaultSection: slug.optional(),
  order: z.array(slug).default([]),
  notCovered: z
    .array(
      z
        .strictObject({
          topic: text(80),
          keywords: z.array(text(80)).default([]),
          unnamedKeywords: z.array(text(80)).default([]),
          askedKeywords: z.array(text(80)).default([]),
          generalKeywords: z.array(text(80)).default([]),
        })
        .refine(
          (topic) =>
            topic.keywords.length +
              topic.unnamedKeywords.length +
              topic.askedKeywords.length +
              topic.generalKeywords.length >
            0,
          { path: ['keywords'], message: 'a topic needs at least one keyword' },
        ),
    )
    .default([]),
});

const cellSchema = z.union([text(2000), z.array(text(600)).min(1)]);

/** Side keys depend on the guide, so rows are checked against its sides after parsing. */
const rowSchema = z.looseObject({ aspect: z.string().trim().max(200).default('') });

const criterionSchema = z.strictObject({
  id: slug,
  label: text(75),
  side: slug.optional(),
  weight: z.number().min(0).max(10),
  keywords: z.array(text(80)).default([]),
});

const recommenderQuestionSchema = z.strictObject({
  id: slug,
  label: text(150),
  options: z
    .array(
      z.strictObject({ id: slug, label: text(75), side: slug.optional(), weight: z.number().min(0).max(10) }),
    )
    .min(2)
    .max(10),
});

const recommenderSchema = z.strictObject({
  statements: z.array(criterionSchema).min(1),
  roles: z.array(criterionSchema).default([]),
  questions: z.array(recommenderQuestionSchema).default([]),
  mixed: text(2000),
});

/** A section file's front matter. */
export const sectionFileSchema = z.strictObject({
  id: slug,
  title: text(150),
  summary: text(600),
  questions: z.array(text(MAX_QUESTION_CHARS)).max(MAX_SECTION_QUESTIONS).default([]),
  keywords: z.array(text(60)).default([]),
  side: slug.optional(),
  rated: z.boolean().default(false),
  askedWithoutNaming: z.boolean().default(false),
  comparison: z.array(rowSchema).default([]),
  related: z.array(slug).default([]),
  recommender: recommenderSchema.optional(),
});

export type GuideFile = z.infer<typeof guideFileSchema>;
export type SectionFile = z.infer<typeof sectionFileSchema>;
export type CellInput = z.infer<typeof cellSchema>;
export { cellSchema };
