/**
 * Document-wide statements about responsibility: a role convention (列第一位为牵头部门) and
 * statements that assign every task at once ([以下任务均需各县(市)政府落实,不再列出]).
 */
import type { Diagnostic, Role, RoleConvention } from '../model/document.js';
import type { SourceLine } from '../readers/text.js';
import { foldTraditional } from './fold.js';
import { BOLD_LEGEND, isKnownLabel, MARK_LEGEND, ROLE_WORD_LEGEND, ROLE_WORD_MARK } from './note-labels.js';
import { CONVENTION } from './responsibility-note.js';
import type { UnitLegend } from './tables.js';

/** Whether the words before a convention state its exception: `除注明按职责分工负责的外，各项任务中` (from the last 除). */
function exceptionBefore(before: string): boolean {
  const at = before.lastIndexOf('除');
  return at >= 0 && /^除[^。]{0,40}?按职责分工负责[^。]{0,20}?外[^。]{0,20}$/.test(before.slice(at));
}

/** The exception stated after the convention: `；注明“按职责分工负责”的，不区分牵头单位`, `，按职责分工负责的除外`. */
const EXCEPTION_AFTER = /^[^。]{0,30}?按职责分工负责[”"’]?的[,，]?\s*(?:不区分|不分|不列|除外|由各(?:单位|部门)按职责分工负责|各自负责|均为责任单位)/;

/**
 * 其他为配合单位 after the convention, right after it or after a clause of the same sentence:
 * `第一个单位为牵头单位，负责统筹协调、推进落实；其他单位为配合单位`.
 */
// `排在第一位的为牵头处室（单位），其余为配合处室（单位）` (河北 probe round 43: a department's own offices)
const OTHERS_SUPPORT = /^(?:[^。]{0,40}?[,，;；])?\s*(?:其他|其它|其余)[^。,，;；]{0,6}为(?:配合|协办|协助|参与|参加|协同)(?:单位|部门|处室|科室|股室)/;

/**
 * The first role convention the document states, wherever it stands (the county-towns plan
 * states it inside task 1's note).
 *
 *     > | (省发展改革委、省工信厅、省能源局按职责分工负责,除按职责分工负责外,列第一位为牵头部门)
 *                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 */
export function findConvention(lines: readonly SourceLine[]): RoleConvention | null {
  // indexed: a for…of run once over a long document makes a step object for every line
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const found = conventionIn(line.text, line.line);
    if (found) return found.convention;
    // a PDF's copy breaks the sentence where its line ends (驻马店 probe round 84: `…各项任务中排在第一位` / `的为牵头单位，…`): read
    // with the next line, where it starts on this one
    const next = lines[i + 1];
    if (next === undefined || !MAY_OPEN_CONVENTION.test(line.text.slice(-12))) continue;
    const joined = conventionIn(line.text + next.text.trimStart(), line.line);
    if (joined && joined.at < line.text.length) return joined.convention;
  }
  return null;
}

/** What a convention broken over two lines leaves at the end of the first: a word of its opening. */
const MAY_OPEN_CONVENTION = /[第首列排名牵]|各项|每项/;

/** The convention a text states, and where it starts in it. */
function conventionIn(written: string, line: number): { convention: RoleConvention; at: number } | null {
  if (!written.includes('第一') && !written.includes('首位')) return null;
  // 各項任務中排在第一位的為牽頭單位 (泉州 probe round 27): read folded to simplified
  const folded = foldTraditional(written);
  if (!folded.includes('牵头')) return null;
  const match = CONVENTION.exec(folded);
  if (!match) return null;
  const text = written.slice(match.index, match.index + match[0].length);
  const convention: RoleConvention = {
    text,
    line,
    firstListedLeads: true,
    // 除按职责分工负责外,列第一位…; 除注明按职责分工负责的外，各项任务中列第一位… (南平 probe round 24): the exception may stand a few words before
    // …or after it: `…排名第一的为牵头单位，其他为责任单位；注明“按职责分工负责”的，不区分牵头单位` (衢州 probe round 35)
    exceptDivisionOfDuties: /^除.{0,40}?按职责分工负责.{0,20}?外/.test(foldTraditional(text)) || exceptionBefore(folded.slice(Math.max(0, match.index - 60), match.index)) ||
      EXCEPTION_AFTER.test(folded.slice(match.index + match[0].length, match.index + match[0].length + 60)),
    othersSupport: OTHERS_SUPPORT.test(folded.slice(match.index + match[0].length)),
  };
  return { convention, at: match.index };
}

/** The labels a plan gives the parts of its notes, in order, and where it says so. */
export interface NoteParts {
  /** 责任领导, 牵头单位, 责任单位: the label of each part, as the plan words it. */
  labels: string[];
  text: string;
  line: number;
}

/**
 * Where a plan says what the parts of its notes are, in order: `各项任务后括号内依次为责任领导、牵头单位、责任单位`
 * (南充, probe round 20), `括号内分别为牵头单位、配合单位`, `分号前为牵头单位，分号后为配合单位`. The labels follow.
 */
const PARTS_SAID = /(?:括号|括弧)[内中里]?[^。；;]{0,10}?(?:依次|分别|按顺序)?(?:为|是|列出|列明|标注|注明|标明|表示)[:：]?|(?:依次|分别)(?:为|是|列出|列明|标注|注明|标明)[:：]?|分号(?:前|之前)(?:的|面)?(?:为|是)/;
/** What parts the labels of such a statement: 、 and its kin, or the other half of 分号前为…，分号后为…. */
const PART_SEPARATOR = /^(?:[，,；;]?分号(?:后|之后)(?:的|面)?(?:为|是)|[、，,和及与])/;
/** The longest label looked for (主体责任单位, 具体负责单位 …). */
const LONGEST_LABEL = 7;

/**
 * The labels a plan gives the parts of its notes (split at semicolons), wherever it says so, or
 * null: two labels at least, each one we know, one at least naming units.
 *
 *     > | 现将重点工作任务分解如下。各项任务后括号内依次为责任领导、牵头单位、责任单位。
 *                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 */
export function findNoteParts(lines: readonly SourceLine[]): NoteParts | null {
  for (let i = 0; i < lines.length; i++) {
    const { text } = lines[i]!;
    // 括 alone would let every 包括 through: the words a statement of the parts has
    if (!text.includes('依次') && !text.includes('分别') && !text.includes('括号') && !text.includes('括弧') && !text.includes('分号')) continue;
    const folded = foldTraditional(text);
    const said = PARTS_SAID.exec(folded);
    if (!said) continue;
    const labels: string[] = [];
    let at = said.index + said[0].length;
    for (;;) {
      const label = labelAt(folded, at);
      if (label === null) break;
      labels.push(label);
      at += label.length;
      const separator = PART_SEPARATOR.exec(folded.slice(at, at + 8));
      if (!separator) break;
      at += separator[0].length;
    }
    if (labels.length < 2 || !labels.some((label) => /单位|部门|处室|科室|主体/.test(label))) continue;
    return { labels, text: text.slice(said.index, at), line: lines[i]!.line };
  }
  return null;
}

/** The longest label we know that opens the text at `at`, or null. */
function labelAt(text: string, at: number): string | null {
  for (let length = LONGEST_LABEL; length >= 2; length--) {
    const word = text.slice(at, at + length);
    if (word.length === length && isKnownLabel(word)) return word;
  }
  return null;
}


/** The role of the units a legend does not set apart, right after it: `，其余为配合单位`. */
const OTHERS_ROLE = /^[,，;；]?(?:其余|其他|其它)(?:的)?(?:单位|部门)?为(配合|责任|参与)(?:单位|部门)/;

/** The role a legend gives the units it does not set apart, right after it (`，其余为配合单位`), or null. */
function othersRole(folded: string, legend: RegExpExecArray): Role | null {
  const end = legend.index + legend[0].length;
  const others = OTHERS_ROLE.exec(folded.slice(end, end + 12));
  return others ? (others[1] === '配合' || others[1] === '参与' ? 'support' : 'responsible') : null;
}

/** Whether a line states a legend of bold or marked units. */
export function isUnitLegend(text: string): boolean {
  const folded = foldTraditional(text);
  return BOLD_LEGEND.test(folded) || MARK_LEGEND.test(folded) || ROLE_WORD_LEGEND.test(folded);
}

/** What a legend's mark has: bold or black type (加粗, 粗体, 黑体), a sign, or the lead's word (牵头, 牽頭). */
const LEGEND_MARK = /[粗黑*＊★☆▲△※牵牽]/;

/** The legend of bold or marked units the document states, wherever it stands (above or under a table, in the notice), or null. */
export function findUnitLegend(lines: readonly SourceLine[]): (UnitLegend & { text: string; line: number }) | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text.includes('为') && !line.text.includes('是') && !line.text.includes('表示') && !line.text.includes('系')) continue;
    // every legend names its mark: bold type, a sign, or the role word in brackets (in traditional characters too)
    if (!LEGEND_MARK.test(line.text)) continue;
    const folded = foldTraditional(line.text);
    const bold = BOLD_LEGEND.exec(folded);
    const marked = bold ? null : MARK_LEGEND.exec(folded);
    const match = bold ?? marked;
    if (!match) {
      // the units that say `（牵头）` lead, as they would anyway; what the legend adds is the role of the others
      const worded = folded.includes('牵头') ? ROLE_WORD_LEGEND.exec(folded) : null;
      if (!worded) continue;
      return { role: 'lead', mark: ROLE_WORD_MARK, others: othersRole(folded, worded), text: line.text.slice(worded.index, worded.index + worded[0].length), line: line.line };
    }
    const word = match[bold ? 1 : 2];
    const role: Role = word === '牵头' ? 'lead' : word === '配合' ? 'support' : 'responsible';
    return { role, mark: marked ? marked[1]!.replace('＊', '*') : null, others: othersRole(folded, match), text: line.text.slice(match.index, match.index + match[0].length), line: line.line };
  }
  return null;
}

// 以下任务均需各县(市)政府落实,不再列出
const STATEMENT = /以下(?:各项)?(?:任务|工作|措施|举措)?[^。]{0,12}(?:均|都|皆)[^。]{0,30}(?:落实|负责|承担)/;

// 各市、州、县人民政府负责本地区任务落实，不再列出 (湖北 probe round 91, inside the brackets of a cover sentence): found by its
// closing words, then read back to the stop or bracket before it (one pattern over the whole would backtrack polynomially)
const NOT_LISTED_AGAIN = /[，,]\s*不再(?:一一|单独|重复|另行)?(?:列出|列举|标注)/;
const STATEMENT_ROLE = /负责|落实|承担/;
/** What a statement read back from its closing words stops at: a stop, a colon, a bracket. */
const STATEMENT_EDGE = '。；;:：（(）)';

/** Where a statement that its units are not listed again stands in a line, or null. */
function notListedAgain(folded: string): { index: number; length: number } | null {
  const end = NOT_LISTED_AGAIN.exec(folded);
  if (!end) return null;
  let start = end.index;
  while (start > 0 && end.index - start < 60 && !STATEMENT_EDGE.includes(folded[start - 1]!)) start--;
  if (end.index - start < 2 || !STATEMENT_ROLE.test(folded.slice(start, end.index))) return null;
  return { index: start, length: end.index - start + end[0].length };
}

/** Statements that give every task the same unit: reported, not copied into each task. */
export function findDocumentStatements(lines: readonly SourceLine[], start: number, end: number): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (!line.text.includes('以下') && !line.text.includes('不再')) continue;
    const folded = foldTraditional(line.text);
    const statement = STATEMENT.exec(folded);
    const match = statement ? { index: statement.index, length: statement[0].length } : notListedAgain(folded);
    if (match) {
      found.push({ code: 'document-statement', severity: 'info', message: `全文性责任表述“${line.text.slice(match.index, match.index + match.length)}”未计入各任务的责任单位`, line: line.line });
    }
  }
  return found;
}
