/**
 * Every regular expression literal in src/ checked for catastrophic backtracking with recheck
 * (issue 7: one pattern took 5.7 s on a 20,000-character line). A pattern recheck finds super-linear
 * is made linear, or listed here with the bound its input has at the one place it is used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

interface Literal {
  where: string;
  pattern: string;
  flags: string;
}

/** Patterns whose input is bounded where they are used, with that bound. */
const BOUNDED: Readonly<Record<string, string>> = {
  // joined over at most four lines of a cover letter, and the lazy group takes at most 200 characters
  '印发(.{1,200}?)的通知$': 'src/extractors/layout.ts: the notice title, a few lines',
  // tried on the first 1,024 bytes of a page only
  '<meta\\b[^>]*?\\bcharset\\s*=\\s*["\']?\\s*([A-Za-z0-9._:-]+)': 'src/readers/html-charset.ts: the first 1,024 bytes',
  // tried only on lines of at most 80 characters (isChromeLine)
  '[,，。;；!！?？]|(?:各|政府|部门|单位).*[:：]$': 'src/readers/html-content.ts: lines of at most 80 characters',
};

/**
 * Patterns whose every ambiguous repetition is bounded ({0,12}, {0,30}): recheck calls them
 * polynomial (or, on a loaded machine, runs out of time), but each start costs at most a constant,
 * so a line costs time linear in its length.
 */
const BOUNDED_REPETITION = new Set([
  '以下(?:各项)?(?:任务|工作|措施|举措)?[^。]{0,12}(?:均|都|皆)[^。]{0,30}(?:落实|负责|承担)',
  '(?:牵头|负责|落实)[^。;；]{0,60}?(?:配合|协助|参与|协同|会同|指导|做好资金保障|做好经费保障|提供资金保障|保障资金|保障经费)|由[^,，。;；]{2,40}?(?:牵头|负责|承担|会同|落实)|(?:配合|协助)[省市州县区旗]',
  // the printing line: the issuer's name at most 30 characters before the spaces and the date
  '^\\S.{1,30}?\\s+((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日)\\s*印发$',
  '(?:除[^,，;；。()]{0,12}外[,，]?\\s*)?(?:(?:列|排|排在|排名|列在|名列)(?:第一(?:位|个|家)?|首位)|第一(?:个|家|位)|第一)的?(?:责任)?(?:单位|部门|处室|科室|股室)?(?:为|是|即为)牵头(?:单位|部门|处室|科室|股室)',
]);

function literals(): Literal[] {
  const found: Literal[] = [];
  for (const name of readdirSync('src', { recursive: true }) as string[]) {
    if (!name.endsWith('.ts')) continue;
    const file = join('src', name);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        found.push({ where: `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`, pattern: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('regular expressions in src/', () => {
  it('should backtrack at most linearly, or see only bounded input', { timeout: 300_000 }, () => {
    const all = literals();
    expect(all.length).toBeGreaterThan(200);
    const problems: string[] = [];
    for (const { where, pattern, flags } of all) {
      // g and y change where matching starts, not how it backtracks
      // a fixed seed for the fuzzer, and time enough that a loaded machine cannot turn a verdict into `unknown`
      const result = checkSync(pattern, flags.replace(/[gy]/g, ''), { timeout: 20_000, randomSeed: 7 });
      if (result.status === 'safe') continue;
      if (BOUNDED_REPETITION.has(pattern)) continue;
      if (result.status === 'vulnerable' && pattern in BOUNDED) continue;
      problems.push(`${where}: ${result.status}${result.status === 'vulnerable' ? ` (${result.complexity.type})` : ''} /${pattern}/`);
    }
    expect(problems).toEqual([]);
  });
});
