import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const root = new URL('../../', import.meta.url);

export interface RegexLiteral {
  /** The file and line, "packages/core/src/x.ts:12". */
  where: string;
  source: string;
  flags: string;
}

/** Every regular-expression literal of the shipped sources under these globs (tests aside). */
export function regexLiterals(globs: string[]): RegexLiteral[] {
  const files = execFileSync('git', ['ls-files', ...globs], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f !== '' && !f.endsWith('.test.ts'));
  const found: RegexLiteral[] = [];
  for (const file of files) {
    const text = readFileSync(new URL(file, root), 'utf8');
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sourceFile);
        const end = literal.lastIndexOf('/');
        const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
        found.push({ where: `${file}:${line}`, source: literal.slice(1, end), flags: literal.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}
