/**
 * The document model: what every reader produces and every writer consumes.
 * It imports nothing, so readers, extractors and writers meet only here.
 */

/** How a responsible unit takes part in a task. */
export type Role =
  /** 牵头 (lead unit). */
  | 'lead'
  /** 责任单位, 负责, 按职责分工负责 (responsible unit). */
  | 'responsible'
  /** 配合, 协助, 参与, 协办 (supporting unit). */
  | 'support';

export const ROLES: readonly Role[] = ['lead', 'responsible', 'support'];

/** How strong a role is: a unit named twice in a task keeps the stronger of its roles. */
export const ROLE_STRENGTH: Readonly<Record<Role, number>> = { lead: 2, responsible: 1, support: 0 };

/** Administrative level of a unit: 省 (and provincial-level cities and regions), 州/市/盟, 县/区/旗, 乡/镇, 村. */
export type UnitLevel = '省' | '市' | '州' | '盟' | '县' | '区' | '旗' | '乡' | '镇' | '村';

export const UNIT_LEVELS: readonly UnitLevel[] = ['省', '州', '市', '盟', '县', '区', '旗', '乡', '镇', '村'];

/** Rank from the top (省 1 … 村 5): units and columns are ordered by it, a compound head (市、县级) takes its lowest level. */
export const UNIT_LEVEL_RANK: Readonly<Record<UnitLevel, number>> = { 省: 1, 州: 2, 市: 2, 盟: 2, 县: 3, 区: 3, 旗: 3, 乡: 4, 镇: 4, 村: 5 };

/** What sort of body a unit is. */
export type UnitKind =
  /** 党委 and its offices and departments (组织部, 纪委监委). */
  | 'party-committee'
  /** 人民政府, 党委、政府 together, 人大, 政协. */
  | 'government'
  /** A government department: 厅, 局, 委, a township's 科 or 办公室. */
  | 'department'
  /** 事业单位: 中心, 学校, 医院, 供销社. */
  | 'public-institution'
  /** 国网吉林省电力公司, 延边供电公司. */
  | 'enterprise'
  /** 妇联, 残联, 团委, 工会. */
  | 'mass-organization'
  /** A bank or financial regulator: 人民银行长春中心支行, 吉林银保监局. */
  | 'financial'
  /** 相关部门, 有关科室: a placeholder. */
  | 'generic';

/** A unit named in a responsibility note, with its role in one task. */
export interface UnitAssignment {
  /**
   * The name as written, without 等 / 负责 / 牵头 / 按职责分工负责; a shorthand list's shared parts
   * written out (`县发改、财政局` → 县发改局, 县财政局; `县委组织部、民政局` → 县民政局).
   */
  name: string;
  role: Role;
  /** 相关部门, 有关科室, 省直相关部门: a placeholder, not a named unit. */
  generic: boolean;
  /** Its full standard name (省住建厅 → 省住房和城乡建设厅); the name as written when the dictionary does not know it. */
  canonical: string;
  /** From its place prefix (省, 延边州, 县(市、区)), else from the document's own level; null when neither says. */
  level: UnitLevel | null;
  /** The line of work, the same at every level (住房和城乡建设); null when unknown. */
  function: string | null;
  kind: UnitKind;
}

/** Where a document came from and how its bytes were read. */
export interface SourceInfo {
  /** The path given on the command line, `-` for standard input, null for a string input. */
  path: string | null;
  /** WHATWG encoding label actually used: utf-8, gb18030, utf-16le, utf-16be, … */
  encoding: string;
  /** Whether the bytes began with a byte order mark. */
  bom: boolean;
  /** Input format: text, html, docx, csv, pdf, xlsx or doc. */
  format: string;
  bytes: number;
  lines: number;
}

/** What the document says of itself; null (or empty) where it does not say. */
export interface DocumentMeta {
  /** The plan's own title, e.g. 延边州开展示范镇建设助推乡村振兴工作任务分工方案. */
  title: string | null;
  /** 发文字号, e.g. 延州办字〔2022〕4号. */
  docNumber: string | null;
  /** 发文机关 (issuing offices). */
  issuers: string[];
  /** Signing date, or the page's publication date, as YYYY-MM-DD. */
  date: string | null;
  /** 主送机关 (the offices the notice is addressed to). */
  recipients: string[];
  /** 附件 names listed by the document. */
  attachments: string[];
  /** Whose plan it is, from its issuers, title or units: central (国务院, its ministries), provincial, prefecture (州/市/盟), county, township. */
  level: DocumentLevel | null;
}

export type DocumentLevel = 'central' | 'provincial' | 'prefecture' | 'county' | 'township' | 'village';

/** The document levels of places by rank, as UNIT_LEVEL_RANK ranks unit levels (1 provincial … 5 village); central stands above them, no place's. */
export const DOCUMENT_LEVELS: readonly DocumentLevel[] = ['provincial', 'prefecture', 'county', 'township', 'village'];

/** A document-wide rule on roles, e.g. 除按职责分工负责外,列第一位为牵头部门. */
export interface RoleConvention {
  /** The statement as written. */
  text: string;
  line: number;
  /** The first unit listed in a note leads. */
  firstListedLeads: boolean;
  /** …except in notes that say 按职责分工负责 (then every unit is responsible). */
  exceptDivisionOfDuties: boolean;
  /** 其他为配合单位: the units after the first support it. */
  othersSupport: boolean;
}

/** One numbered task of the plan. */
export interface Task {
  /** Stable id: the numbers of the path joined by dots, e.g. 2.1.1; attachments prefixed A2. */
  id: string;
  /** 正文 (body) or the attachment's label, e.g. 附件2. */
  part: string;
  /** Numbering markers as printed, width-folded: ["二、", "(一)", "1."]. */
  path: string[];
  /** The headings above the task, marker included: ["二、工作分工", "(一)推进产业项目建设,提升造血能力"]. */
  headings: string[];
  /** The short opening sentence, e.g. 完善园区基础设施; null when the task opens with a long sentence. */
  title: string | null;
  /** Task text without marker and without responsibility notes; paragraphs joined by \n. */
  text: string;
  /** The responsibility notes as written (brackets included), joined by a space; the heading it took its units from when it has none of its own (`县财政局、县税务局:`); null when none. */
  responsibility: string | null;
  units: UnitAssignment[];
  /** 完成时限, e.g. 2025年8月底前. */
  deadline: string | null;
  /** First and last source line (1-based). */
  line: number;
  endLine: number;
  /** The mark the plan tags the task with (`★2．`), its meaning in the plan's legend (`标★的为市政府重点督办事项`); absent when untagged. */
  tag?: string;
  /** In a PDF or a workbook, where the task starts on its page (`p.3:12`) or sheet; absent for other inputs. */
  location?: string;
}

/**
 * A task's path as one string, its markers as printed one after another (`二、(一)1.`), an outline's
 * numbers set apart so they do not run together (`3 3.1 3.1.2`, not `33.13.1.2`).
 */
export function printedPath(path: readonly string[]): string {
  let printed = '';
  for (const marker of path) printed += /\d$/.test(printed) && /^\d/.test(marker) ? ` ${marker}` : marker;
  return printed;
}

/** A row of an appendix responsibility table (read by a later issue). */
export interface TableRow {
  no: string;
  section: string | null;
  text: string;
  units: UnitAssignment[];
  deadline: string | null;
  task: string | null;
  line: number;
  /** In a PDF or a workbook, the row's page and place on it (`p.3:12`) or sheet and row; absent for other inputs. */
  location?: string;
}

export interface ResponsibilityTable {
  title: string | null;
  columns: string[];
  rows: TableRow[];
  line: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** A finding in the content: it never stops extraction. */
export interface Diagnostic {
  /** Stable kebab-case code, e.g. task-without-unit. */
  code: string;
  severity: Severity;
  message: string;
  /** Source line (1-based), null when the finding is about the whole document. */
  line: number | null;
  /** In a PDF or a workbook, the line's page and place on it (`p.3:12`) or sheet and row (`分工表:5`). */
  location?: string;
}

/** Everything extracted from one document. */
export interface PolicyDocument {
  source: SourceInfo;
  meta: DocumentMeta;
  convention: RoleConvention | null;
  tasks: Task[];
  tables: ResponsibilityTable[];
  diagnostics: Diagnostic[];
}
