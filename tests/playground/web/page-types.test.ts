import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CONFIG = resolve(import.meta.dirname, '../../../src/playground/web/tsconfig.json');

/** Every type error in the page's browser modules (plain JS, checked through their JSDoc types). */
function pageTypeErrors(): string[] {
  const host: ts.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(CONFIG, undefined, host);
  if (!parsed) throw new Error(`cannot read ${CONFIG}`);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    const file = d.file ? `${d.file.fileName}:${(where?.line ?? 0) + 1}: ` : '';
    return `${file}${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

describe('the playground page’s browser modules', () => {
  it('type-check strictly against the DOM and the display types the server sends', () => {
    expect(pageTypeErrors()).toEqual([]);
  }, 60_000);
});
