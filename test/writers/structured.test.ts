/** JSON and YAML: the model as data, one document as a mapping, several as a sequence. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { PolicyDocument, Role } from '../../src/model/document.js';
import { writeJson } from '../../src/writers/json.js';
import { writeYaml } from '../../src/writers/yaml.js';
import { writtenUnit } from '../../src/extractors/units.js';
import { makeDocument, makeLeadDocument, makeTask } from './make-document.js';

describe('writeJson', () => {
  it('should write one document as an object, two-space indented, keys in model order', () => {
    const output = writeJson([makeDocument()]);
    expect(output.startsWith('{\n  "source": {\n    "path": "fixtures/corpus/yanbian.txt",\n')).toBe(true);
    expect(output.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(output))).toEqual(['source', 'meta', 'convention', 'tasks', 'tables', 'diagnostics']);
    expect(JSON.parse(output)).toEqual(makeDocument());
  });

  it('should write several documents, or none, as an array', () => {
    expect(JSON.parse(writeJson([makeDocument(), makeLeadDocument()]))).toEqual([makeDocument(), makeLeadDocument()]);
    expect(writeJson([])).toBe('[]\n');
  });
});

describe('writeYaml', () => {
  it('should parse back to the same document', () => {
    expect(parse(writeYaml([makeDocument()]))).toEqual(makeDocument());
    expect(parse(writeYaml([makeDocument(), makeLeadDocument()]))).toEqual([makeDocument(), makeLeadDocument()]);
  });

  it('should quote strings a YAML 1.1 or 1.2 reader would take for dates, numbers, booleans or null', () => {
    const document = makeLeadDocument();
    const values = ['2022-05-07', '1.', '二、', 'yes', 'no', 'on', 'null', '~', '0777', '1_000', '- 1', '# 附件'];
    document.tasks = values.map((value, i) => makeTask({ id: String(i), path: [value], headings: [], text: value }));
    const output = writeYaml([document]);
    expect(parse(output)).toEqual(document);
    expect(parse(output, { version: '1.1' })).toEqual(document);
    expect(output).toContain('date: null\n');
    expect(output).toContain('- "2022-05-07"\n');
  });

  it('should keep a long line on one line, even where it has spaces to fold at', () => {
    // shuangying line 39 has a stray space: 充分发 挥骨干水利工程防灾减灾作用
    const document = makeLeadDocument();
    const text = Array(8).fill('充分发 挥骨干水利工程防灾减灾作用,提升水资源优化配置和水旱灾害防御能力。').join(' ');
    document.tasks = [makeTask({ id: '1', path: ['1.'], headings: [], text })];
    expect(writeYaml([document])).toContain(`text: ${text}\n`);
  });

  it('should write a shared array in full instead of an anchor and alias', () => {
    const document = makeDocument();
    const shared = ['二、工作分工'];
    for (const task of document.tasks) task.headings = shared;
    const output = writeYaml([document]);
    expect(output).not.toMatch(/[&*]a\d/);
    expect(output.match(/- 二、工作分工\n/g)).toHaveLength(3);
  });

  it('should write several documents as a sequence and none as an empty one', () => {
    expect(writeYaml([makeDocument(), makeLeadDocument()]).startsWith('- source:\n    path: fixtures/corpus/yanbian.txt\n')).toBe(true);
    expect(parse(writeYaml([]))).toEqual([]);
  });
});

describe('JSON and YAML round trips', () => {
  it('should keep a line of spaces (yaml 2.9 writes it as a block that loses them)', () => {
    const document = makeDocument();
    document.meta.title = ' \n';
    expect(parse(writeYaml([document])).meta.title).toBe(' \n');
  });

  it('should give back arbitrary task text and unit names', () => {
    const tricky = fc.constantFrom('"', ',', '\n', '\r', '\r\n', ' ', '\t', '😀', '完善', ': ', '#', '- ', "'", '\uFEFF', '\u2028', '\u0085', 'null', '1.', '2022-05-07');
    const text = fc.array(fc.oneof(tricky, fc.string({ unit: 'binary' })), { maxLength: 8 }).map((parts) => parts.join(''));
    const unit = fc.record({ name: text, role: fc.constantFrom<Role>('lead', 'responsible', 'support'), generic: fc.boolean() }).map(writtenUnit);
    const task = fc.record({ text, title: fc.option(text), units: fc.array(unit, { maxLength: 3 }), deadline: fc.option(text) });
    fc.assert(
      fc.property(fc.array(task, { maxLength: 4 }), fc.option(text), (tasks, title) => {
        const document: PolicyDocument = makeDocument();
        document.meta.title = title;
        document.tasks = tasks.map((t, i) => makeTask({ id: String(i + 1), path: [`${i + 1}.`], headings: [], ...t }));
        expect(JSON.parse(writeJson([document]))).toEqual(document);
        expect(parse(writeYaml([document]))).toEqual(document);
      }),
      { numRuns: 200 },
    );
  });
});
