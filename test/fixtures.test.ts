// Golden tests: one per fixture. `npx vitest -u` rewrites the expected files; read the diff before committing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extract, extractAsync } from '../src/index.js';
import { loadUnitDictionary } from '../src/extractors/unit-dictionary.js';
import { readAliasFile } from '../src/readers/aliases.js';

const root = new URL('../fixtures/', import.meta.url).pathname;

/** The corpus documents: the whole model, as the JSON writer would give it, in YAML for review. */
describe('corpus', () => {
  for (const name of readdirSync(join(root, 'corpus')).filter((file) => file.endsWith('.txt')).sort()) {
    it(`reads ${name} as reviewed`, async () => {
      const path = `fixtures/corpus/${name}`;
      const document = extract(readFileSync(join(root, 'corpus', name)), { path });
      await expect(stringify(document, { lineWidth: 0 })).toMatchFileSnapshot(join(root, 'corpus', name.replace(/\.txt$/, '.expected.yaml')));
    });
  }
});

/** fixtures/<area>/<behaviour-as-a-sentence>/input.* (any format read) → expected.yaml (tasks, meta and diagnostics). */
// fixtures/diff holds comparisons of corpus documents, checked by test/diff
// fixtures/converted holds the corpus in other formats, checked against the text by test/converted.test.ts
for (const area of readdirSync(root).filter((dir) => !['corpus', 'diff', 'converted'].includes(dir) && statSync(join(root, dir)).isDirectory()).sort()) {
  describe(area, () => {
    for (const behaviour of readdirSync(join(root, area)).sort()) {
      const dir = join(root, area, behaviour);
      const input = readdirSync(dir).find((file) => file.startsWith('input'));
      if (!input) continue;
      it(behaviour.replace(/-/g, ' '), async () => {
        // an aliases.yaml beside the input is read as --aliases would read it
        const aliases = existsSync(join(dir, 'aliases.yaml')) ? loadUnitDictionary(await readAliasFile(join(dir, 'aliases.yaml'))) : undefined;
        const document = await extractAsync(readFileSync(join(dir, input)), { path: `${area}/${behaviour}/${input}`, dictionary: aliases });
        const expected = {
          meta: document.meta,
          convention: document.convention,
          encoding: document.source.encoding,
          tasks: document.tasks.map(({ id, part, path, headings, title, text, responsibility, units, deadline, line }) => ({ id, part, path, headings, title, text, responsibility, units, deadline, line })),
          ...(document.tables.length > 0 ? { tables: document.tables } : {}),
          diagnostics: document.diagnostics,
        };
        await expect(stringify(expected, { lineWidth: 0 })).toMatchFileSnapshot(join(dir, 'expected.yaml'));
      });
    }
  });
}
