import type { z } from 'zod';
import { type ContentProblem, fieldName } from './content-error.js';
import type { YamlSource } from './yaml-source.js';

/**
 * Checks parsed YAML against a schema and turns every issue into a problem naming file, line and field.
 * Returns the typed value, or undefined when there were problems (they are appended to `problems`).
 */
export function validateSource<T extends z.ZodType>(
  source: YamlSource,
  schema: T,
  problems: ContentProblem[],
): z.output<T> | undefined {
  problems.push(...source.problems);
  if (source.problems.length) return undefined;
  if (source.value === null || typeof source.value !== 'object' || Array.isArray(source.value)) {
    problems.push({ file: source.file, line: 1, message: 'expected a mapping of fields (key: value)' });
    return undefined;
  }
  const result = schema.safeParse(source.value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(...describeIssue(source, issue));
  }
  return undefined;
}

function describeIssue(source: YamlSource, issue: z.core.$ZodIssue): ContentProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      return {
        file: source.file,
        line: source.lineOf(path),
        field: fieldName(path),
        message: 'unknown field',
      };
    });
  }
  const missing = valueAt(source.value, issue.path) === undefined;
  return [
    {
      file: source.file,
      line: source.lineOf(issue.path),
      field: fieldName(issue.path),
      message: missing ? 'missing required field' : issue.message,
    },
  ];
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}
