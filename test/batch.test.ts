/**
 * policy-extract batch over a generated folder: the corpus in several encodings and formats plus
 * broken files. Every good file's output equals the single-file run's, every broken file is in
 * errors.jsonl with its reason, and -j does not change a byte.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { load } from 'cheerio';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../src/batch/inputs.js';
import { run } from './run-cli.js';

const CORPUS = 'fixtures/corpus';
let root: string;
let inputs: string;

/** Every file under a folder, relative, sorted. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'policy-extract-batch-'));
  inputs = join(root, 'in');
  const good = ['utf8', 'gbk', 'utf16', 'html'].map((kind) => join(inputs, kind));
  for (const dir of [...good, join(inputs, 'broken')]) mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(CORPUS).filter((file) => file.endsWith('.txt'))) {
    const text = readFileSync(join(CORPUS, name), 'utf8');
    writeFileSync(join(inputs, 'utf8', name), text);
    writeFileSync(join(inputs, 'gbk', name), iconv.encode(text, 'gb18030'));
    writeFileSync(join(inputs, 'utf16', name), iconv.encode(text, 'utf-16le', { addBOM: true }));
    const body = text.split('\n').map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
    writeFileSync(join(inputs, 'html', name.replace(/\.txt$/, '.html')), `<!doctype html><html><head><meta charset="utf-8"></head><body><div class="TRS_Editor">${body}</div></body></html>`);
  }
  const broken = join(inputs, 'broken');
  writeFileSync(join(broken, 'empty.txt'), '');
  writeFileSync(join(broken, 'scan.txt'), Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'));
  writeFileSync(join(broken, 'nul.txt'), Buffer.from([0x31, 0x2e, 0x00, 0x00, 0xff, 0x00, 0x41]));
  writeFileSync(join(broken, 'huge.txt'), `1.推进工作。(州住建局负责)\n${'甲'.repeat(400_000)}`);
  mkdirSync(join(broken, 'folder.txt'));
  writeFileSync(join(broken, 'notes.xls'), 'not read');
  symlinkSync('..', join(broken, 'loop'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('policy-extract batch', () => {
  it('should write every good file as the single-file run does, list every broken one, and exit 1', async () => {
    const out = join(root, 'out-j2');
    const { code, errors } = await run(['batch', inputs, '--out-dir', out, '-f', 'json,csv', '-j', '2', '--max-size', '1M']);
    expect(code).toBe(1);
    expect(errors.at(-1)).toMatch(/^policy-extract batch: 24 files \(20 ok, 4 failed \(see errors\.jsonl\), 2 skipped\)/);
    // each good file's JSON is what `policy-extract FILE -f json` writes for it
    for (const kind of ['utf8', 'gbk', 'utf16', 'html']) {
      for (const name of readdirSync(join(inputs, kind))) {
        // batch names a file outside the working folder by its absolute path, as given here
        const single = await run([join(inputs, kind, name), '-f', 'json']);
        expect(readFileSync(join(out, kind, `${name}.json`), 'utf8')).toBe(single.stdout);
      }
    }
    const failures = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { file: string; code: string });
    expect(failures.map((failure) => [failure.file.replace(/^.*broken\//, ''), failure.code])).toEqual([
      ['empty.txt', 'E_EMPTY'], ['huge.txt', 'E_TOO_LARGE'], ['nul.txt', 'E_BINARY'], ['scan.txt', 'E_BINARY'],
    ]);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { files: Record<string, number>; skipped: Array<{ path: string }> };
    expect(summary.files).toEqual({ total: 24, ok: 20, failed: 4, withErrors: 0, skipped: 2, unchanged: 0 });
    // the link to the folder above is reported, not walked
    expect(summary.skipped.map((skip) => skip.path.replace(/^.*broken\//, ''))).toEqual(['loop', 'notes.xls']);
    expect(tree(out).filter((file) => !file.startsWith('.'))).toEqual(expect.arrayContaining(['all-tasks.csv', 'all-tasks.jsonl', 'errors.jsonl', 'matrix.csv', 'summary.json', 'units.csv']));
  });

  it('should read PDF, Excel, Word 97–2003 and WPS 文字 files as it reads text, and skip the formats it refuses with their conversion', async () => {
    const folder = join(root, 'published');
    mkdirSync(folder);
    for (const file of ['pdf/yanan-2025-town-functions.pdf', 'pdf-table/jilin-2022-demo-towns-plan.pdf', 'xlsx/yanbian-2022-demo-towns-tasks.xlsx', 'doc/shuangying-2022-rural-construction.doc']) {
      writeFileSync(join(folder, file.replace('/', '-')), readFileSync(join(CORPUS, '../converted', file)));
    }
    // WPS saves a .wps in the Word 97–2003 format: read, not skipped by its name
    writeFileSync(join(folder, '通知.wps'), readFileSync(join(CORPUS, '../converted/doc/yanan-2025-town-functions.doc')));
    writeFileSync(join(folder, '分工表.et'), 'not read');
    const out = join(root, 'out-published');
    const { code, errors } = await run(['batch', folder, '--out-dir', out, '-j', '2']);
    expect(code).toBe(0);
    expect(errors.at(-1)).toMatch(/^policy-extract batch: 5 files \(5 ok, 0 failed, 1 skipped\)/);
    for (const name of readdirSync(folder).filter((file) => !file.endsWith('.et'))) {
      expect(readFileSync(join(out, `${name}.json`), 'utf8')).toBe((await run([join(folder, name), '-f', 'json'])).stdout);
    }
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { skipped: Array<{ reason: string }> };
    expect(summary.skipped.map((skip) => skip.reason)).toEqual(['a WPS spreadsheet (.et), which is not read: save it as .xlsx in WPS, or convert it (soffice --headless --convert-to xlsx FILE.et)']);
  });

  it('should read a linked file as the file, and report a link to a folder and a link to nothing without walking them', async () => {
    const folder = join(root, 'linked');
    mkdirSync(join(folder, 'own'), { recursive: true });
    writeFileSync(join(folder, 'own', 'plan.txt'), readFileSync(join(inputs, 'utf8', 'yanbian-2022-demo-towns-tasks.txt')));
    symlinkSync(join(inputs, 'utf8', 'jilin-2022-county-towns-37-measures.txt'), join(folder, 'downloaded.txt'));
    symlinkSync(join(inputs, 'gbk'), join(folder, 'gbk-plans'));
    symlinkSync(join(folder, 'gone.txt'), join(folder, 'dangling.txt'));
    // a named pipe: reading it would wait for ever
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    const out = join(root, 'out-linked');
    const { code, errors } = await run(['batch', folder, '--out-dir', out]);
    expect(code).toBe(0);
    expect(errors.at(-1)).toMatch(/^policy-extract batch: 2 files \(2 ok, 0 failed, 3 skipped\)/);
    expect(readFileSync(join(out, 'downloaded.txt.json'), 'utf8')).toBe((await run([join(folder, 'downloaded.txt'), '-f', 'json'])).stdout);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { skipped: Array<{ path: string; reason: string }> };
    expect(summary.skipped.map((skip) => [skip.path.replace(/^.*linked\//, ''), skip.reason])).toEqual([
      ['dangling.txt', 'a link to nothing'],
      ['gbk-plans', 'a link to a folder, not walked (give the folder itself to read it)'],
      ['pipe.txt', 'not a regular file (a pipe, a socket or a device)'],
    ]);
    // a glob finds the linked file too
    const globbed = await run(['batch', `${folder}/*.txt`, '--out-dir', join(root, 'out-linked-glob')]);
    expect(globbed.errors.at(-1)).toMatch(/^policy-extract batch: 1 files \(1 ok, 0 failed, 2 skipped\)/);
    // named on the command line, the pipe is skipped too
    const named = await run(['batch', join(folder, 'pipe.txt'), join(folder, 'own', 'plan.txt'), '--out-dir', join(root, 'out-linked-named')]);
    expect(named.errors.at(-1)).toMatch(/^policy-extract batch: 1 files \(1 ok, 0 failed, 1 skipped\)/);
  });

  it('should give the same bytes with one job as with two (summary timing aside)', async () => {
    const one = join(root, 'out-j1');
    const two = join(root, 'out-j2b');
    await run(['batch', inputs, '--out-dir', one, '-f', 'json,matrix', '-j', '1', '-q']);
    await run(['batch', inputs, '--out-dir', two, '-f', 'json,matrix', '-j', '2', '-q']);
    expect(tree(one)).toEqual(tree(two));
    for (const file of tree(one).filter((name) => name !== 'summary.json')) expect(readFileSync(join(two, file)).equals(readFileSync(join(one, file))), file).toBe(true);
    const strip = (dir: string) => ({ ...JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')), seconds: 0, jobs: 0 });
    expect(strip(two)).toEqual(strip(one));
  });

  it('should skip unchanged inputs with --incremental and give the same combined outputs as a full run', async () => {
    const out = join(root, 'out-incremental');
    const full = join(root, 'out-full');
    const first = await run(['batch', join(inputs, 'utf8'), '--out-dir', out, '--incremental', '-j', '1']);
    writeFileSync(join(inputs, 'utf8', 'extra.txt'), '一、重点任务\n1.推进工作。(责任单位:州住建局)\n');
    try {
      const second = await run(['batch', join(inputs, 'utf8'), '--out-dir', out, '--incremental', '-j', '1']);
      await run(['batch', join(inputs, 'utf8'), '--out-dir', full, '-j', '1', '-q']);
      expect(first.errors.at(-1)).toMatch(/5 files \(5 ok/);
      expect(second.errors.at(-1)).toMatch(/6 files \(6 ok, 0 failed, 0 skipped, 5 unchanged\)/);
      for (const file of ['all-tasks.csv', 'all-tasks.jsonl', 'matrix.csv', 'units.csv', 'errors.jsonl', 'index.html', 'extra.txt.json']) {
        expect(readFileSync(join(out, file)).equals(readFileSync(join(full, file))), file).toBe(true);
      }
    } finally {
      rmSync(join(inputs, 'utf8', 'extra.txt'));
    }
  });

  it('should split the inputs into disjoint shards that cover them all', async () => {
    const seen: string[] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const out = join(root, `shard-${shard.replace('/', '-')}`);
      await run(['batch', join(inputs, 'utf8'), join(inputs, 'gbk'), '--out-dir', out, '--shard', shard, '-q']);
      seen.push(...tree(out).filter((file) => file.endsWith('.txt.json')));
    }
    expect(seen.sort()).toEqual([...new Set(seen)].sort());
    expect(seen).toHaveLength(10);
    expect(shardOf('a/b.txt', 3)).toBe(shardOf('a/b.txt', 3));
  });

  it('should read globs and --files-from, with --include and --exclude', async () => {
    const list = join(root, 'list.txt');
    writeFileSync(list, `# two plans\n${join(inputs, 'utf8', 'yanan-2025-town-functions.txt')}\n\n${join(inputs, 'gbk', 'yanan-2025-town-functions.txt')}\n`);
    const fromList = await run(['batch', '--files-from', list, '--out-dir', join(root, 'out-list')]);
    expect(fromList.errors.at(-1)).toMatch(/: 2 files \(2 ok/);
    const glob = await run(['batch', `${inputs}/*/jilin-*`, '--out-dir', join(root, 'out-glob'), '--exclude', '**/html/**']);
    expect(glob.errors.at(-1)).toMatch(/: 6 files \(6 ok/);
  });

  it('should not read its own outputs when the output folder is inside an input folder', async () => {
    const folder = join(root, 'self');
    mkdirSync(folder);
    writeFileSync(join(folder, 'plan.txt'), readFileSync(join(CORPUS, 'yanan-2025-town-functions.txt')));
    const first = await run(['batch', folder, '--out-dir', join(folder, 'out'), '-f', 'text']);
    const second = await run(['batch', folder, '--out-dir', join(folder, 'out'), '-f', 'text']);
    expect(first.errors.at(-1)).toMatch(/: 1 files \(1 ok/);
    expect(second.errors.at(-1)).toMatch(/: 1 files \(1 ok/);
  });

  it('should count a file with undecodable bytes, list its finding, and keep GB18030 task rows through --incremental', async () => {
    const folder = join(root, 'odd');
    mkdirSync(folder);
    writeFileSync(join(folder, 'plan.txt'), readFileSync(join(CORPUS, 'yanan-2025-town-functions.txt')));
    writeFileSync(join(folder, 'odd.txt'), Buffer.concat([Buffer.from('一、重点任务\n1.推进工作。(责任单位:州住建局)\n'), Buffer.from([0xe5, 0x0a])]));
    const out = join(root, 'out-odd');
    // a normal run first: the first --incremental run after it has no cache yet, and reads the files again
    await run(['batch', folder, '--out-dir', out, '--csv-encoding', 'gb18030', '-q']);
    const first = await run(['batch', folder, '--out-dir', out, '--csv-encoding', 'gb18030', '--incremental']);
    const rows = readFileSync(join(out, 'all-tasks.csv'));
    const second = await run(['batch', folder, '--out-dir', out, '--csv-encoding', 'gb18030', '--incremental']);
    expect(first.code).toBe(1);
    expect(first.errors.at(-1)).toMatch(/2 files \(2 ok, 1 with errors, 0 failed \(see errors\.jsonl\)/);
    expect(second.errors.at(-1)).toMatch(/2 unchanged\)/);
    expect(readFileSync(join(out, 'all-tasks.csv')).equals(rows)).toBe(true);
    expect(iconv.decode(rows, 'gb18030')).toContain('推进工作');
    const finding = JSON.parse(readFileSync(join(out, 'errors.jsonl'), 'utf8').trim()) as { code: string; severity: string };
    expect(finding).toMatchObject({ code: 'undecodable-bytes', severity: 'error' });
  });

  it('should write an HTML report per file and an index.html linking each by a relative, escaped path', async () => {
    const folder = join(root, 'reports');
    const hostile = '<b>#1 "x".txt';
    mkdirSync(join(folder, '2022'), { recursive: true });
    writeFileSync(join(folder, '2022', hostile), readFileSync(join(CORPUS, 'yanan-2025-town-functions.txt')));
    writeFileSync(join(folder, 'plan.txt'), readFileSync(join(CORPUS, 'shuangying-2022-rural-construction.txt')));
    writeFileSync(join(folder, 'empty.txt'), '');
    const out = join(root, 'out-html');
    const { code } = await run(['batch', folder, '--out-dir', out, '-f', 'json,html', '-q']);
    expect(code).toBe(1);
    const $ = load(readFileSync(join(out, 'index.html'), 'utf8'));
    const rows = $('table.files tbody tr').map((_, row) => [$(row).find('td').map((__, td) => $(td).text()).get()]).get() as unknown as string[][];
    expect(rows).toEqual([
      [`2022/${hostile}`, '2025年镇区强功能工作方案', '17', '0', '16', '成功', 'json · html'],
      ['empty.txt', '', '', '', '', '失败 E_EMPTY file is empty', ''],
      ['plan.txt', '双营乡乡村建设行动实施方案', '21', '0', '18', '成功', 'json · html'],
    ]);
    // every link is relative and leads to a file the run wrote
    const links = $('a').map((_, a) => $(a).attr('href')).get();
    expect(links).toContain('2022/%3Cb%3E%231%20%22x%22.txt.html');
    for (const link of links) expect(existsSync(join(out, decodeURIComponent(link))), link).toBe(true);
    expect(readFileSync(join(out, '2022', `${hostile}.html`), 'utf8')).toContain('<h1>2025年镇区强功能工作方案</h1>');
  });

  it('should count in index.html each file\'s tasks, table rows and units as its report does, with --names as-written too', async () => {
    const folder = join(root, 'counted');
    mkdirSync(folder, { recursive: true });
    // a plan that is one appendix table, and one that names 州住建局 and 州住房和城乡建设局 (one canonical unit)
    writeFileSync(join(folder, 'table.html'), readFileSync('fixtures/html/appendix-table-with-rowspan-becomes-a-grid/input.html'));
    writeFileSync(join(folder, 'yanbian.txt'), readFileSync(join(CORPUS, 'yanbian-2022-demo-towns-tasks.txt')));
    const counted: Record<string, string[][]> = {};
    for (const names of ['canonical', 'as-written']) {
      const out = join(root, `out-counted-${names}`);
      const { code, errors } = await run(['batch', folder, '--out-dir', out, '-f', 'html', '--names', names, '-q']);
      expect(code, errors.join('\n')).toBe(0);
      const $ = load(readFileSync(join(out, 'index.html'), 'utf8'));
      expect($('table.files thead th').map((_, th) => $(th).text()).get()).toEqual(['文件', '标题', '任务', '表格行', '单位', '状态', '输出']);
      counted[names] = $('table.files tbody tr').map((_, row) => [$(row).find('td').slice(0, 5).map((__, td) => $(td).text()).get()]).get() as unknown as string[][];
      for (const [file, , tasks, tableRows, units] of counted[names]!) {
        const report = load(readFileSync(join(out, `${file}.html`), 'utf8'));
        const head = report('section.meta ul.summary li').map((_, li) => report(li).text()).get();
        expect(head).toContain(`任务 ${tasks}`);
        expect(head).toContain(`表格行 ${tableRows}`);
        expect(report('th.unit')).toHaveLength(Number(units));
      }
      expect($('ul.summary li').map((_, li) => $(li).text()).get()).toEqual(expect.arrayContaining(['任务 21', '表格行 18']));
    }
    expect(counted.canonical).toEqual([['table.html', '延边州示范镇建设重点任务清单', '0', '3', '6'], ['yanbian.txt', '延边州开展示范镇建设助推乡村振兴工作任务分工方案', '21', '15', '19']]);
    expect(counted['as-written']![1]![4]).toBe('20');
  });

  it('should write index.html without the html format too, listing each file with its counts and outputs', async () => {
    const out = join(root, 'out-index');
    await run(['batch', join(inputs, 'utf8'), '--out-dir', out, '-q']);
    const $ = load(readFileSync(join(out, 'index.html'), 'utf8'));
    expect($('table.files tbody tr')).toHaveLength(5);
    expect($('table.files tbody tr').first().find('td').first().children()).toHaveLength(0);
    expect($('table.files tbody tr a').map((_, a) => $(a).attr('href')).get()).toContain('jilin-2022-county-towns-37-measures.txt.json');
  });

  it('should stop a file that runs past --timeout, report it, and go on', async () => {
    const out = join(root, 'out-timeout');
    const { code, errors } = await run(['batch', join(inputs, 'utf8'), '--out-dir', out, '--timeout', '0.001', '-j', '2']);
    expect(code).toBe(1);
    expect(errors.at(-1)).toMatch(/5 files \(0 ok, 5 failed/);
    const codes = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { code: string }).code);
    // a file whose worker was ended for the other file it held is tried again, and with a budget
    // this small may be ended again (E_WORKER); none hangs, none is lost
    expect(codes).toHaveLength(5);
    expect(codes).toContain('E_TIMEOUT');
    expect(codes.every((code) => code === 'E_TIMEOUT' || code === 'E_WORKER')).toBe(true);
  });

  it('should stop before reading any file when the alias file is wrong, or the output folder is an input', async () => {
    const bad = join(root, 'bad.yaml');
    writeFileSync(bad, 'units:\n  州通信办:\n    kind: bureau\n');
    const aliases = await run(['batch', join(inputs, 'utf8'), '--out-dir', join(root, 'out-bad'), '--aliases', bad]);
    expect(aliases.code).toBe(2);
    expect(aliases.errors).toEqual([`policy-extract: ${bad}: units.州通信办.kind: "bureau" is no kind (party-committee, government, department, public-institution, enterprise, mass-organization, financial, generic)`]);
    const same = await run(['batch', join(inputs, 'utf8'), '--out-dir', join(inputs, 'utf8')]);
    expect(same.code).toBe(2);
    expect(same.errors[0]).toMatch(/the output folder is an input folder/);
  });

  it('should stop with one line on a usage error', async () => {
    const { code, errors } = await run(['batch', inputs]);
    expect(code).toBe(2);
    expect(errors[0]).toMatch(/required option '--out-dir <dir>' not specified/);
    expect((await run(['batch', inputs, '--out-dir', join(root, 'x'), '--shard', '4/3'])).code).toBe(2);
  });
});
