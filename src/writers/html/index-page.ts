/**
 * The batch's index.html: every file of the run with its counts, its error if it failed, and
 * relative links to its own outputs (its HTML report first). Written in pieces: the rows are
 * appended as files finish, the head (with the run's totals) and the end around them at the end.
 */
import { escapeHtml, relativeHref } from './escape.js';
import { pageEnd, pageStart } from './page.js';

/** One file of the run as the index lists it. */
export interface IndexEntry {
  /** Its place under the output folder, `/`-separated: `2022/a.txt`. */
  output: string;
  /** The plan's own title, null when it names none (or the file failed). */
  title: string | null;
  /** Its own outputs, relative to the output folder, by format: `[['html', '2022/a.txt.html'], …]`. */
  outputs: Array<[format: string, path: string]>;
  error: { code: string; message: string } | null;
  /** Body tasks. */
  tasks: number;
  /** Rows of its appendix tables: its report's matrix has a row for each task and each table row. */
  tableRows: number;
  /** Its units as its report's matrix has them as columns: by canonical name, or as written with `--names as-written`. */
  units: number;
  /** Error-level findings in a file that was read. */
  findings: number;
}

/** The run's totals, as the batch summary counts them, and the table rows of all its files. */
export interface IndexTotals {
  files: { total: number; ok: number; failed: number; withErrors: number; skipped: number };
  tasks: number;
  tableRows: number;
  units: number;
  skipped: Array<{ path: string; reason: string }>;
}

/** One of the run's combined outputs, linked from the index's head: `{ name: 'matrix.csv', label: '合并矩阵' }`. */
export interface CombinedLink {
  name: string;
  label: string;
}

const TITLE = '文件索引';

/**
 * The page up to the first row: totals, links to the combined outputs, the skipped inputs, and
 * the files table's head.
 *
 *     indexStart({ files: { total: 5, ok: 5, … }, tasks: 180, tableRows: 35, units: 99, skipped: [] }, [{ name: 'matrix.csv', label: '合并矩阵' }])
 *     // → '<!DOCTYPE html>…<h1>文件索引</h1>…<tbody>\n'
 */
export function indexStart(totals: IndexTotals, combined: readonly CombinedLink[]): string {
  const { files } = totals;
  const counts = [
    `文件 ${files.total}`, `成功 ${files.ok}`, `失败 ${files.failed}`, `有错误 ${files.withErrors}`, `跳过 ${files.skipped}`,
    `任务 ${totals.tasks}`, `表格行 ${totals.tableRows}`, `单位 ${totals.units}`,
  ];
  const links = combined.map(({ name, label }) => `${escapeHtml(label)} <a href="${relativeHref(name)}">${escapeHtml(name)}</a>`).join(' · ');
  const skips = totals.skipped.map((skip) => `<li>${escapeHtml(skip.path)} <span class="where">${escapeHtml(skip.reason)}</span></li>`);
  const skipped = skips.length === 0 ? '' : `<details><summary>跳过的输入（${skips.length}）</summary><ul>${skips.join('')}</ul></details>`;
  return [
    pageStart({ title: TITLE }),
    '<header>',
    `<h1>${TITLE}</h1>`,
    `<ul class="summary">${counts.map((count) => `<li>${count}</li>`).join('')}</ul>`,
    `<p>合并输出：${links}</p>`,
    skipped,
    '</header>',
    '<main>',
    '<table class="plain files"><thead><tr><th>文件</th><th>标题</th><th>任务</th><th>表格行</th><th>单位</th><th>状态</th><th>输出</th></tr></thead>',
    '<tbody>',
  ].filter((part) => part !== '').join('\n') + '\n';
}

/**
 * One file's row: its name links to its HTML report when there is one; a failed file shows its
 * error code and message.
 *
 *     indexRow({
 *       output: 'a.txt', title: '双营乡乡村建设行动实施方案', outputs: [['json', 'a.txt.json'], ['html', 'a.txt.html']],
 *       error: null, tasks: 21, tableRows: 0, units: 18, findings: 0,
 *     })
 *     // → '<tr><td><a href="a.txt.html">a.txt</a></td><td>双营乡乡村建设行动实施方案</td><td>21</td><td>0</td><td>18</td><td>成功</td>'
 *     //   + '<td><a href="a.txt.json">json</a> · <a href="a.txt.html">html</a></td></tr>\n'
 */
export function indexRow(entry: IndexEntry): string {
  const report = entry.outputs.find(([format]) => format === 'html');
  const name = report === undefined ? escapeHtml(entry.output) : `<a href="${relativeHref(report[1])}">${escapeHtml(entry.output)}</a>`;
  const status = entry.error !== null
    ? `<span class="severity-error">失败</span> <code>${escapeHtml(entry.error.code)}</code> ${escapeHtml(entry.error.message)}`
    : entry.findings > 0 ? `<span class="severity-warning">有错误 ${entry.findings}</span>` : '成功';
  const outputs = entry.outputs.map(([format, path]) => `<a href="${relativeHref(path)}">${escapeHtml(format)}</a>`).join(' · ');
  const counts = entry.error === null ? `<td>${entry.tasks}</td><td>${entry.tableRows}</td><td>${entry.units}</td>` : '<td></td><td></td><td></td>';
  return `<tr><td>${name}</td><td>${escapeHtml(entry.title ?? '')}</td>${counts}<td>${status}</td><td>${outputs}</td></tr>\n`;
}

/** The page after the last row. */
export function indexEnd(): string {
  return `</tbody></table>\n</main>\n${pageEnd({})}`;
}
