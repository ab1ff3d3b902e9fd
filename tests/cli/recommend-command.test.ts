import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { type FakeIo, fakeIo } from '../support/fake-io.js';

const QUIZ_CONTENT = ['--content', 'tests/fixtures/quiz-content'];

async function run(...args: string[]): Promise<{ code: number; io: FakeIo; out: string; err: string }> {
  const io = fakeIo();
  const code = await main(['recommend', ...args], io);
  return { code, io, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

describe('certpath recommend', () => {
  it('prints a readable recommendation that names the certification', async () => {
    const { code, out } = await run(
      '--statement',
      'system-design',
      '--role',
      'sysadmin',
      '--answer',
      'codes-daily=no',
    );
    expect(code).toBe(0);
    expect(out).toContain('Your recommendation');
    expect(out).toContain('Take the AWS Certified Solutions Architect – Associate (SAA-C03) first.');
    expect(out).toContain('You said I enjoy system design');
    // A terminal cannot open the quiz modal: no button that does nothing.
    expect(out).not.toContain('Retake the quiz');
  });

  it('prints the JSON contract with --json', async () => {
    const { code, out } = await run('--statement', 'enjoy-coding', '--answer', 'codes-daily=yes', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      guide: 'aws-architect-vs-developer',
      side: {
        id: 'developer',
        label: 'Developer',
        name: 'AWS Certified Developer – Associate',
        code: 'DVA-C02',
      },
      mixed: false,
      scores: { architect: 0, developer: 3 },
      reasons: [
        { kind: 'statement', id: 'enjoy-coding', label: 'I enjoy coding', side: 'developer', weight: 2 },
        {
          kind: 'answer',
          id: 'codes-daily=yes',
          label: 'Yes, most days',
          question: 'Do you write code day to day?',
          side: 'developer',
          weight: 1,
        },
      ],
      related: ['developer', 'learning-path', 'study-tips', 'difficulty'],
    });
  });

  it('reports a mixed result with no side', async () => {
    const { out } = await run('--statement', 'system-design', '--statement', 'enjoy-coding', '--json');
    expect(JSON.parse(out)).toMatchObject({
      side: null,
      mixed: true,
      scores: { architect: 2, developer: 2 },
    });
  });

  it('refuses an unknown statement with exit code 2, naming it and pointing at --list', async () => {
    const { code, out, err } = await run('--statement', 'system-desing');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain("unknown statement 'system-desing'");
    expect(err).toContain('certpath recommend --list');
  });

  it.each([
    ['an unknown role', ['--role', 'wizard'], "unknown role 'wizard'"],
    ['an unknown question', ['--answer', 'colour=blue'], "unknown question 'colour'"],
    [
      'an unknown option',
      ['--answer', 'codes-daily=sometimes'],
      "unknown option 'sometimes' for question 'codes-daily'",
    ],
    ['a malformed answer', ['--answer', 'codes-daily'], '--answer must be QUESTION=OPTION'],
    [
      'a question answered twice',
      ['--answer', 'goal=unsure', '--answer', 'goal=architect'],
      'more than once',
    ],
    ['an unknown guide', ['--guide', 'nope', '--role', 'other'], "unknown guide 'nope'"],
    ['a stray word', ['architect'], 'architect'],
  ])('refuses %s with exit code 2', async (_, args, message) => {
    const { code, err } = await run(...args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('refuses to recommend from no choices at all', async () => {
    const { code, err } = await run();
    expect(code).toBe(2);
    expect(err).toContain('recommend needs a --statement, --role or --answer');
  });

  it('lists the statement, role and question ids the quiz accepts', async () => {
    const { code, out } = await run('--list');
    expect(code).toBe(0);
    expect(out).toMatch(/^ {2}system-design +I enjoy system design → Architect$/m);
    expect(out).toMatch(/^ {2}sysadmin +System administrator → Architect$/m);
    expect(out).toMatch(/^ {4}codes-daily=yes +Yes, most days → Developer$/m);
  });

  it('lists the ids as JSON with --list --json', async () => {
    const listed = JSON.parse((await run('--list', '--json')).out);
    expect(listed.guide).toBe('aws-architect-vs-developer');
    expect(listed.statements).toHaveLength(11);
    expect(listed.roles.at(-1)).toEqual({ id: 'other', label: 'Other', side: null, weight: 0 });
    expect(listed.questions.map((question: { id: string }) => question.id)).toEqual([
      'codes-daily',
      'design-or-build',
      'goal',
    ]);
  });

  it('uses the first guide that has a quiz when --guide is not given', async () => {
    const { code, out } = await run(...QUIZ_CONTENT, '--statement', 'bgp', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ guide: 'security-vs-networking', side: { id: 'networking' } });
  });

  it('refuses a guide that has no quiz', async () => {
    const { code, err } = await run(...QUIZ_CONTENT, '--guide', 'analytics-vs-ml', '--statement', 'bgp');
    expect(code).toBe(2);
    expect(err).toContain("guide 'analytics-vs-ml' has no quiz");
  });

  it('fails when no guide has a quiz', async () => {
    const { code, err } = await run('--content', 'tests/fixtures/content', '--role', 'other');
    expect(code).toBe(1);
    expect(err).toContain('no guide has a quiz');
  });
});
