import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** One evaluation question: acceptable section ids, best first; [] means the bot should not answer. */
export interface EvalCase {
  q: string;
  expect: string[];
  cat: string;
  /** `file:line`, for reports. */
  where: string;
}

const caseSchema = z.object({ q: z.string().min(1), expect: z.array(z.string()), cat: z.string().min(1) });

/** Reads a JSONL evaluation set; a malformed line is an error naming file and line. */
export function readEvalSet(file: string, display = file): EvalCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      if (line.trim() === '') return [];
      const where = `${display}:${index + 1}`;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new Error(`${where}: not valid JSON`);
      }
      const result = caseSchema.safeParse(parsed);
      if (!result.success)
        throw new Error(
          `${where}: ${result.error.issues[0]?.path.join('.')} ${result.error.issues[0]?.message}`,
        );
      return [{ ...result.data, where }];
    });
}
