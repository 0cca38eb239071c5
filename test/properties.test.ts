// Invariants over untrusted text (fast-check, 10,500 cases a run): nothing throws, segmentation loses no text, output is deterministic and reads back.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NoteFinder } from '../src/extractors/find-notes.js';
import { readParagraphs } from '../src/extractors/paragraphs.js';
import { type Item, segmentTasks } from '../src/extractors/segment-tasks.js';
import { extract } from '../src/index.js';
import { isPolicyExtractError } from '../src/model/errors.js';
import { excerpt, foldSpaces, isWhiteSpace, readTextLines } from '../src/readers/text.js';
import { buildMatrix } from '../src/views/matrix.js';
import { longFormRecords, writeCsv } from '../src/writers/csv.js';
import { writeJson } from '../src/writers/json.js';
import { matrixRecords, writeMatrixCsv } from '../src/writers/matrix.js';
import { writeYaml } from '../src/writers/yaml.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';

const corpusDir = new URL('../fixtures/corpus/', import.meta.url);
const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, corpusDir), 'utf8'));

// Text built from the pieces plans are made of: markers, notes, brackets, Chinese, junk.
const piece = fc.constantFrom(
  '一、', '(一)', '（二）', '1.', '2．', '(1)', '①', '第一条', '\n', '\n\n', '。', ',', '、', ';', '(', ')', '（', '）', '〔', '〕', '【', '】', '[', ']',
  '责任单位:', '牵头单位：', '配合单位:', '州住建局', '市、县级党委、政府', '各县(市、区)政府', '按职责分工负责', '牵头', '负责', '配合', '等',
  '相关部门', '推进园区建设', '完善基础设施', '2025年8月底前', '附件1', '附件:', '除按职责分工负责外,列第一位为牵头部门', ' ', '\u3000', '責任單位', '优 质',
);
const planText = fc.oneof(
  fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 200 }),
  fc.tuple(fc.constantFrom(...corpus), fc.nat(), fc.nat(), fc.string({ maxLength: 20 })).map(([doc, a, b, insert]) => {
    // a real document, cut and spliced at random places
    const at = a % doc.length;
    return doc.slice(0, at) + insert + doc.slice(at + (b % 200));
  }),
);

// Mostly short texts, now and then a spliced corpus document: YAML of a whole plan takes a while to write and read
const shortPlanText = fc.oneof(
  { arbitrary: fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')), weight: 8 },
  { arbitrary: planText, weight: 1 },
);

function flatten(items: readonly Item[], out: string[]): string[] {
  for (const item of items) {
    out.push(...item.paragraphs.map((p) => p.text));
    flatten(item.children, out);
  }
  return out;
}

describe('properties', () => {
  it('should fold white space exactly as /\\s+/g → one space, then trim', () => {
    // every code point \s matches, some it does not (zero-width space, 。), and plain text
    const unit = fc.constantFrom(' ', '\t', '\u3000', '\u00a0', '\u2002', '\u200a', '\u200b', '\u2028', '\u202f', '\u205f', '\ufeff', '\u1680', '\v', '\f', '\r', '\u0085', '。', '局', 'a', '1');
    fc.assert(fc.property(fc.array(unit, { maxLength: 30 }).map((units) => units.join('')), (text) => {
      expect(foldSpaces(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }));
    const disagree: string[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(`U+${code.toString(16)}`);
    expect(disagree).toEqual([]);
  });

  it('should cut an excerpt between characters, never inside a surrogate pair', () => {
    const piece = fc.constantFrom('局', '😀', '𠀋', 'a', '。');
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }).map((pieces) => pieces.join('')), fc.nat(40), fc.nat(40), (text, start, length) => {
      const cut = excerpt(text, start, length);
      expect(cut.length).toBeLessThanOrEqual(length);
      expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(cut)).toBe(false);
      expect(text.includes(cut)).toBe(true);
    }));
  });

  it('should never throw anything but PolicyExtractError, on any text or bytes', () => {
    fc.assert(fc.property(planText, (text) => {
      extract(text);
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      try {
        extract(bytes);
      } catch (error) {
        if (!isPolicyExtractError(error)) throw error;
      }
    }), { numRuns: 2000 });
  });

  it('should lose no paragraph text when segmenting', () => {
    fc.assert(fc.property(planText, (text) => {
      const lines = readTextLines(text);
      const paragraphs = readParagraphs(lines, 0, lines.length);
      const segmentation = segmentTasks(paragraphs, new NoteFinder());
      const kept = [...segmentation.preamble.map((p) => p.text), ...flatten(segmentation.roots, []), ...segmentation.loose.map((p) => p.text)];
      expect(kept.sort()).toEqual(paragraphs.map((p) => p.text).sort());
    }), { numRuns: 3000 });
  });

  it('should take every unit from a note of its own task, and trim task text', () => {
    fc.assert(fc.property(planText, (text) => {
      for (const task of extract(text).tasks) {
        for (const unit of task.units) expect(task.responsibility ?? '').toContain(unit.name.slice(0, 1));
        expect(task.text).not.toMatch(/^\s|\s$/);
      }
    }), { numRuns: 1000 });
  });

  it('should give the same model for the same input', () => {
    fc.assert(fc.property(planText, (text) => {
      expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
    }), { numRuns: 500 });
  });

  it('should read back from JSON, YAML, CSV and the matrix exactly what was written', () => {
    fc.assert(fc.property(shortPlanText, (text) => {
      const document = extract(text);
      expect(JSON.parse(writeJson([document]))).toEqual(document);
      expect(parseYaml(writeYaml([document]))).toEqual(document);
      expect(parseCsv(writeCsv([document], { bom: false }), { relax_column_count: false })).toEqual(longFormRecords([document]));
      expect(parseCsv(String(writeMatrixCsv([document], { bom: false })))).toEqual(matrixRecords(buildMatrix([document])));
    }), { numRuns: 1000 });
  });
});
