/** diffDocuments on the corpus pair (a golden file), its invariants, and the pieces it is made of. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { alignItems } from '../../src/diff/align.js';
import { compareUnits } from '../../src/diff/compare-units.js';
import { diffDocuments, diffText } from '../../src/diff/diff-documents.js';
import { renderTextChanges } from '../../src/writers/diff-text.js';
import { extract } from '../../src/extract.js';
import type { DocumentDiff } from '../../src/model/diff.js';
import type { PolicyDocument } from '../../src/model/document.js';

const read = (name: string): PolicyDocument => extract(readFileSync(`fixtures/corpus/${name}.txt`), { path: `fixtures/corpus/${name}.txt` });
const jilin = read('jilin-2022-demo-towns-plan');
const yanbian = read('yanbian-2022-demo-towns-tasks');

/** What the golden file keeps: who pairs with whom, how, and the unit differences. */
function outline(diff: DocumentDiff) {
  const names = (units: ReadonlyArray<{ name: string; role: string }>) => units.map((unit) => `${unit.name}(${unit.role})`);
  return {
    pairs: diff.pairs.map((pair) => ({
      pair: `${pair.a.id} ↔ ${pair.b.id}`, similarity: pair.similarity, relation: pair.relation, moved: pair.moved, textChanged: pair.textChanged,
      ...(pair.units.added.length ? { added: names(pair.units.added) } : {}),
      ...(pair.units.removed.length ? { removed: names(pair.units.removed) } : {}),
      ...(pair.units.roleChanged.length ? { roleChanged: pair.units.roleChanged.map(({ a, b }) => `${a.name}: ${a.role} → ${b.name}: ${b.role}`) } : {}),
      ...(pair.units.equivalent.length ? { equivalent: pair.units.equivalent.map(({ a, b }) => `${a.name} → ${b.name}`) } : {}),
    })),
    onlyA: diff.onlyA.map((item) => `${item.id} ${item.title ?? ''}`),
    onlyB: diff.onlyB.map((item) => `${item.id} ${item.title ?? ''}`),
    summary: diff.summary,
  };
}

describe('the corpus pair: the jilin plan against its yanbian copy', () => {
  const diff = diffDocuments(jilin, yanbian);

  it('should match the reviewed golden file', async () => {
    await expect(stringify(outline(diff), { lineWidth: 0 })).toMatchFileSnapshot('../../fixtures/diff/provincial-plan-against-its-prefecture-copy/expected.yaml');
  });

  it('should pair all 15 tasks that carry units, 4.x.y ↔ 2.x.y', () => {
    const withUnits = jilin.tasks.filter((task) => task.units.length > 0).map((task) => task.id);
    const paired = diff.pairs.filter((pair) => withUnits.includes(pair.a.id)).map((pair) => [pair.a.id, pair.b.id]);
    expect(paired).toHaveLength(15);
    for (const [a, b] of paired) expect(b).toBe(a!.replace(/^4\./, '2.'));
  });

  it('should find exactly the three responsibility differences of the body, and no false ones', () => {
    const changes = diff.pairs.filter((pair) => pair.a.kind === 'task').flatMap((pair) => [
      ...pair.units.added.map((unit) => `${pair.a.id} + ${unit.name}`),
      ...pair.units.removed.map((unit) => `${pair.a.id} − ${unit.name}`),
      ...pair.units.roleChanged.map(({ a }) => `${pair.a.id} ~ ${a.name}`),
    ]);
    expect(changes).toEqual(['4.1.2 − 省畜牧业管理局', '4.2.5 + 州生态环境局', '4.4.8 + 州文广旅局']);
    const first = diff.pairs.find((pair) => pair.a.id === '4.2.3')!;
    expect(first.units.equivalent.map(({ a, b }) => `${a.name}→${b.name}`)).toEqual(expect.arrayContaining(['省通信管理局→州通信办', '省电力公司→延边供电公司', '市、县级党委、政府→各县市党委、政府']));
  });

  it('should see that the jilin table splits task 3 into three rows that yanbian keeps as one', () => {
    const rows = diff.pairs.filter((pair) => pair.b.id === '表1-3').map((pair) => [pair.a.id, pair.relation]);
    expect(rows).toEqual([['表1-3', 'merge'], ['表1-4', 'merge'], ['表1-5', 'merge']]);
    // where one side breaks the text into rows is no change of it
    expect(renderTextChanges(diff.pairs.find((pair) => pair.a.id === '表1-3')!.textDiff)).not.toContain('⏎');
  });

  it('should find what yanbian kept of a task it folded into another (总体要求, 开展总结交流)', () => {
    expect(diff.pairs.filter((pair) => pair.b.id === '1').map((pair) => pair.a.id)).toEqual(['1', '3']);
    expect(diff.pairs.filter((pair) => pair.b.id === '3.5').map((pair) => pair.a.id)).toEqual(['5.3', '6.4']);
    expect(diff.onlyA.map((item) => item.id)).toEqual(['2', '5.2']);
  });
});

describe('invariants', () => {
  const documents = [jilin, yanbian, read('jilin-2022-county-towns-37-measures'), read('shuangying-2022-rural-construction'), read('yanan-2025-town-functions')];

  /** A document with some tasks dropped and some units taken away: B as an editor would make it. */
  const edited = fc.record({
    index: fc.nat({ max: documents.length - 1 }),
    drop: fc.array(fc.nat(), { maxLength: 4 }),
    strip: fc.array(fc.nat(), { maxLength: 4 }),
  }).map(({ index, drop, strip }) => {
    const original = documents[index]!;
    const copy = structuredClone(original);
    const gone = new Set(drop.map((n) => n % Math.max(1, copy.tasks.length)));
    copy.tasks = copy.tasks.filter((_, i) => !gone.has(i));
    for (const n of strip) {
      const task = copy.tasks[n % Math.max(1, copy.tasks.length)];
      task?.units.pop();
    }
    return { original, copy };
  });

  it('should mark the same pairs moved whichever plan is A (the corpus pair)', () => {
    const moved = (diff: DocumentDiff, swap: boolean) => diff.pairs.filter((pair) => pair.moved).map((pair) => (swap ? `${pair.b.id}|${pair.a.id}` : `${pair.a.id}|${pair.b.id}`)).sort();
    expect(moved(diffDocuments(yanbian, jilin), true)).toEqual(moved(diffDocuments(jilin, yanbian), false));
  });

  it('should report nothing for a plan against itself', () => {
    for (const document of documents) {
      const diff = diffDocuments(document, structuredClone(document));
      expect(diff.summary.differences).toBe(false);
      expect(diff.pairs.every((pair) => pair.similarity === 1 && !pair.moved && !pair.textChanged)).toBe(true);
    }
  });

  it('should swap added and removed, only A and only B, when A and B are swapped', () => {
    fc.assert(
      fc.property(edited, ({ original, copy }) => {
        const forward = diffDocuments(original, copy);
        const backward = diffDocuments(copy, original);
        const units = (diff: DocumentDiff, side: 'added' | 'removed') => diff.pairs.flatMap((pair) => pair.units[side].map((unit) => `${pair.group}:${unit.canonical}`)).sort();
        expect(units(forward, 'added').length).toBe(units(backward, 'removed').length);
        expect(units(forward, 'removed').length).toBe(units(backward, 'added').length);
        expect(forward.onlyA.map((item) => item.id)).toEqual(backward.onlyB.map((item) => item.id));
        expect(forward.onlyB.map((item) => item.id)).toEqual(backward.onlyA.map((item) => item.id));
        // the same pairs, moved the same, a split one way a merge the other
        const mirror = { 'one-to-one': 'one-to-one', split: 'merge', merge: 'split' } as const;
        expect(forward.pairs.map((pair) => `${pair.a.id}|${pair.b.id}|${pair.moved}|${pair.relation}`).sort())
          .toEqual(backward.pairs.map((pair) => `${pair.b.id}|${pair.a.id}|${pair.moved}|${mirror[pair.relation]}`).sort());
      }),
      { numRuns: 60 },
    );
  });
});

describe('alignItems', () => {
  const item = (text: string, title: string | null = null) => ({ text, title });

  it('should pair by meaning, not by number, and leave what matches nothing on its side', () => {
    const a = [item('完善园区基础设施。推进园区与镇区基础设施共建共享。'), item('加强组织领导。建立议事协调机制。'), item('开展总结交流。每年召开现场会。')];
    const b = [item('加强组织领导。建立州级议事协调机制。'), item('完善园区基础设施。推进园区与镇区基础设施共建共享,推动产城一体。')];
    const alignment = alignItems(a, b, 0.35);
    // of two pairs that cross, the less similar one moved
    expect(alignment.links.map((link) => [link.a, link.b, link.moved])).toEqual([[0, 1, false], [1, 0, true]]);
    expect(alignment.onlyA).toEqual([2]);
  });

  it('should join the rows a task was split into (the jilin table\'s task 3)', () => {
    const a = [item('推进生活服务设施建设。尊重居民意愿,保障困难家庭的住房安全。推动老旧住房改造,完善配套基础设施。')];
    const b = [item('尊重居民意愿,保障困难家庭的住房安全。'), item('推动老旧住房改造,完善配套基础设施。')];
    const links = alignItems(a, b, 0.35).links;
    expect(links.map((link) => [link.a, link.b, link.relation, link.group])).toEqual([[0, 0, 'split', 0], [0, 1, 'split', 0]]);
  });
});

describe('compareUnits across levels', () => {
  it('should not take a county task handed to townships for a counterpart', () => {
    const county = { name: '市、县级党委、政府', role: 'responsible', generic: false, canonical: '市、县级党委、政府', level: '县', function: '党委政府', kind: 'government' } as const;
    const towns = { ...county, name: '各乡镇人民政府', canonical: '各乡镇人民政府', level: '乡' } as const;
    const changes = compareUnits([county], [towns], { a: 1, b: 2 });
    expect([changes.removed.length, changes.added.length, changes.equivalent.length]).toEqual([1, 1, 0]);
  });
});

describe('renderTextChanges', () => {
  it('should cut between characters, never inside one outside the basic plane', () => {
    const text = renderTextChanges([{ op: 'equal', text: `${'甲'.repeat(30)}𠮷天` }, { op: 'insert', text: '乙' }]);
    expect(text).toBe(`…${'甲'.repeat(10)}𠮷天{+乙+}`);
  });

  it('should shorten a long insertion to its start and its length', () => {
    expect(renderTextChanges([{ op: 'insert', text: '丙'.repeat(60) }])).toBe(`{+${'丙'.repeat(20)}…(60字)+}`);
  });
});

describe('diffText', () => {
  it('should diff by character, Chinese having no spaces (全省 → 全州)', () => {
    expect(diffText('在全省遴选30个建制镇', '在全州遴选8个建制镇')).toEqual([
      { op: 'equal', text: '在全' }, { op: 'delete', text: '省' }, { op: 'insert', text: '州' }, { op: 'equal', text: '遴选' },
      { op: 'delete', text: '30' }, { op: 'insert', text: '8' }, { op: 'equal', text: '个建制镇' },
    ]);
  });
});
