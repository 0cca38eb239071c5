/**
 * Document metadata (`meta`): title, 发文字号, issuers, date, recipients, attachments.
 */
import type { DocumentMeta } from '../model/document.js';
import { makeLine, type SourceLine } from '../readers/text.js';
import { foldTraditional } from './fold.js';
import { DATE_LINE, DOC_NUMBER, type Layout, looksLikeIssuer, OFFICE_AND_DATE, SEAL_LENT } from './layout.js';
import { parseChineseNumber } from './numbering.js';

/**
 * The date a 人大 or 政协 body adopted the document, in the note under its title:
 * `（2024年1月26日湘潭市第十六届人民代表大会常务委员会第二十次会议通过）`.
 */
const ADOPTED = /^\((\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)[^()]{2,60}?(?:会议|常委会|常务委员会)[^()]{0,10}?(?:通过|审议通过|批准)\)$/;

/** The date alone in brackets under a party committee's title, as its documents print it (六安 probe round 53: `（2024年7月2日）`). */
const DATED = /^\((\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\)$/;

/** The date under the title, adopted or alone in brackets, in the lines just under it; or null. */
function findDateUnderTitle(lines: readonly SourceLine[], layout: Layout): string | null {
  if (!layout.title) return null;
  for (let i = layout.title.end; i < Math.min(lines.length, layout.title.end + 3); i++) {
    const dated = ADOPTED.exec(lines[i]!.text) ?? DATED.exec(lines[i]!.text);
    if (dated) return parseDate(dated[1]!);
  }
  return null;
}

/** How far into the body and from its end signature blocks are looked for. */
const SIGNATURE_WINDOW = 12;

/**
 * Reads what the document says of itself; null or empty where it does not say.
 */
export function readMeta(lines: readonly SourceLine[], layout: Layout): DocumentMeta {
  const headerEnd = Math.max(layout.headerEnd, Math.min(lines.length, layout.bodyStart + SIGNATURE_WINDOW));
  // signed in the cover letter, or at the end of the body (before or after the 附件 list)
  // …or, signed by name, between a notice's numbered opinions of its own and the plan it forwards (赣州 probe round 36)
  const signature = findSignature(lines, 0, headerEnd) ??
    findSignature(lines, Math.max(layout.bodyStart, layout.bodyEnd - SIGNATURE_WINDOW), Math.max(layout.bodyEnd, layout.tailEnd)) ??
    findSignature(lines, headerEnd, layout.bodyEnd, true);
  const published = findPublished(lines, headerEnd);
  const title = withoutHeadingMarks(layout.title?.text ?? layout.noticeTitle ?? findLedgerTitle(lines, layout.headerEnd));
  // a repost's news lead-in names the plan and its number (`近日，X印发《Y》（临政办秘〔2025〕21号）`), under a headline that is news
  const leadIn = findLeadIn(lines, headerEnd);
  return {
    title: leadIn !== null && (title === null || isNewsHeadline(title)) && !isNewsHeadline(leadIn.title) ? leadIn.title : title,
    docNumber: findDocNumber(lines, headerEnd) ?? leadIn?.docNumber ?? null,
    issuers: signature?.issuers.length ? signature.issuers : withPlace(headerIssuers(lines, layout), published.source) ?? published.source,
    date: signature?.date ?? findDateUnderTitle(lines, layout) ?? findPrinted(lines) ?? published.date,
    recipients: findRecipients(lines, layout.headerEnd),
    attachments: layout.attachmentNames,
    // extract() finds it once the units are read
    level: null,
  };
}

/** A news lead-in naming the plan a repost carries, and its number after it: `…印发《临泉县…实施方案》（临政办秘〔2025〕21号）`. */
const LEAD_IN = /(?:印发|出台|发布|公布|出炉)了?《([^《》]{4,80})》(?:\(([^()]{4,40})\))?/;
/** How far into a page a lead-in is looked for. */
const LEAD_IN_WINDOW = 40;
/** A headline that is news of the plan, not its title: `…方案出台 这些实事与你有关`, `重磅！…`, `政策速递丨…印发`. */
const NEWS_HEADLINE = /出台|印发|出炉|来了|发布|公布|解读|速递|重磅|[!！丨|]/;

function isNewsHeadline(title: string): boolean {
  return !title.startsWith('关于') && NEWS_HEADLINE.test(title);
}

/** The plan a repost's lead-in names (its title and 发文字号), not a cover letter's `关于印发《…》的通知`. */
function findLeadIn(lines: readonly SourceLine[], end: number): { title: string; docNumber: string | null } | null {
  for (let i = 0; i < Math.min(lines.length, Math.max(end, LEAD_IN_WINDOW)); i++) {
    const text = lines[i]!.text;
    if (!text.includes('《') || text.startsWith('关于') || !LEAD_IN.test(text)) continue;
    const match = LEAD_IN.exec(text)!;
    if (/的(?:通知|意见|函)/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 4))) continue;
    const number = match[2] !== undefined ? DOC_NUMBER.exec(match[2].trim()) : null;
    return { title: match[1]!, docNumber: number ? number[1]!.replace(/\s+/g, '') : null };
  }
  return null;
}

/** The printing line closing a document's 抄送 block: `滨江市人民政府办公室　　2024年4月12日印发`. */
const PRINTED = /^\S.{1,30}?\s+((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*印发$/;
/** How far from the end the printing line is looked for. */
const PRINTED_WINDOW = 30;

/**
 * The date a document was printed, for one signed by no one (a 会议纪要, 滨江 probe round 21): the
 * date of its printing line, or null. A reposted page's publication date is later.
 */
function findPrinted(lines: readonly SourceLine[]): string | null {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - PRINTED_WINDOW); i--) {
    const line = lines[i]!;
    if (!line.text.endsWith('印发')) continue;
    const printed = PRINTED.exec(line.raw.trim());
    if (printed) return parseDate(printed[1]!);
  }
  return null;
}

/** A title without the `#` marks a Markdown heading opens with (`## 荆门市2024年市级重点建设项目清单`, probe round 42). */
function withoutHeadingMarks(title: string | null): string | null {
  return title !== null && title.startsWith('#') ? title.replace(/^#{1,6}\s*/, '') || null : title;
}

/**
 * What a ledger's title ends with: 台账 (督办台账, 推进台账, 任务台账), 交办单, a batch in brackets
 * after it (交办单(第一批)).
 */
// a list of projects or tasks that is the whole document (射洪 probe round 42: a CSV whose first row is `射洪市2024年市级重点项目计划表`)
const LEDGER_END = /(?:台账|台帐|交办单|计划表|一览表|清单|分工表|任务表|明细表|分解表|责任表)(?:\([^()]{1,12}\))?$/;
/** How far into the header a ledger's title is looked for (a cover letter may stand above it), as layout looks for titles. */
const LEDGER_WINDOW = 120;

/**
 * The title of a ledger, which names no plan (涟源 probe round 12, the workbook's title row
 * merged over the table):
 *
 *     > | 涟源市2024年重点工作督办台账
 *
 * Layout takes no such line for the plan's title: it is looked for only when layout found none.
 */
function findLedgerTitle(lines: readonly SourceLine[], end: number): string | null {
  for (let i = 0; i < Math.min(end, lines.length, LEDGER_WINDOW); i++) {
    const text = foldTraditional(lines[i]!.text);
    if (text.length >= 4 && text.length <= 60 && LEDGER_END.test(text) && !/[。,，;；!！?？:：…]/.test(text) && !/^(?:附件|附表)/.test(text)) return lines[i]!.text;
  }
  return null;
}

/** The label of a 发文字号 on a portal's metadata line. */
const DOC_NUMBER_LABEL = /(?:^|\s)(?:发文字号|发文文号|發文字號|文\s{0,4}号|文\s{0,4}號|字号)\s*[:：]\s*/;

/** The number of an issue of minutes under their masthead: `〔2024〕第18期`. */
const MINUTES_ISSUE = /^[〔\[]\d{4}[〕\]]第\d{1,4}期$/;

function findDocNumber(lines: readonly SourceLine[], end: number): string | null {
  return findNumberLine(lines, end) ?? findMinutesIssue(lines, end);
}

/** 会议纪要 number their issues, not their documents (宜昌 probe round 69: `宜昌市人民政府` / `专题会议纪要` / `〔2024〕第18期`). */
function findMinutesIssue(lines: readonly SourceLine[], end: number): string | null {
  for (let i = 1; i < Math.min(end, 8); i++) {
    if (!MINUTES_ISSUE.test(lines[i]!.text)) continue;
    const masthead = lines[i - 1]!.text || (i > 1 ? lines[i - 2]!.text : '');
    if (masthead.endsWith('纪要')) return lines[i]!.text;
  }
  return null;
}

function findNumberLine(lines: readonly SourceLine[], end: number): string | null {
  for (let i = 0; i < end; i++) {
    // 滬府發〔2017〕92號 is read as 沪府发〔2017〕92号 and given as written
    // `发文字号：包政办〔2024〕5号　发布日期：…` (a portal's metadata line, 包河 probe round 23): the label is no part of it
    // …also after another field of the line: `索引号：⇥…⇥文号：⇥丽青发办〔2024〕3号` (丽水 probe round 24)
    const label = DOC_NUMBER_LABEL.exec(lines[i]!.plain);
    for (const plain of label ? [lines[i]!.plain.slice(label.index + label[0].length), lines[i]!.plain] : [lines[i]!.plain]) {
      const match = DOC_NUMBER.exec(foldTraditional(plain));
      if (match) return plain.slice(0, match[1]!.length).replace(/\s+/g, '');
    }
  }
  return null;
}

/** The most lines of office names a signature stands on above its date (a central notice of 21 ministries signs one a line). */
const MAX_SIGNATURE_LINES = 24;

/** A standalone date line and the office names just above it; `signed`: only one with office names above it. */
function findSignature(lines: readonly SourceLine[], from: number, end: number, signed = false): { date: string; issuers: string[] } | null {
  for (let i = from; i < end; i++) {
    // the office and the date on one line (a ledger's, under its title)
    const dated = lines[i]!.text.length <= 50 ? OFFICE_AND_DATE.exec(lines[i]!.plain.trim()) : null;
    if (dated && looksLikeIssuer(dated[1]!)) return { date: parseDate(dated[2]!)!, issuers: [dated[1]!] };
    if (!DATE_LINE.test(lines[i]!.text)) continue;
    const date = parseDate(lines[i]!.text);
    if (!date) continue;
    const issuers: string[] = [];
    // a joint notice signs an office a line, a blank line or two among them (怀化 probe round 31: three, then a blank line)
    for (let j = i - 1, count = 0; j >= Math.max(from, i - MAX_SIGNATURE_LINES * 2) && count < MAX_SIGNATURE_LINES; j--) {
      // `（宁都县民政局代章）` under the office that signs (宁都 probe round 92): the bureau lends its seal, no issuer of its own
      if (!lines[j]!.text || SEAL_LENT.test(lines[j]!.text)) continue;
      const names = issuerNames(lines[j]!);
      if (!names) break;
      issuers.unshift(...names);
      count++;
    }
    // `signed`: a date with no office over it is no signature (a date line standing in the text)
    if (signed && issuers.length === 0) continue;
    return { date, issuers };
  }
  return null;
}

/**
 * The issuers a signature line names: one, or several side by side, set apart by a run of spaces
 * or an ideographic space (a stray ASCII space inside a name splits nothing).
 *
 *     > | 中共宁乡市委办公室　　　　　　宁乡市人民政府办公室
 */
function issuerNames(line: SourceLine): string[] | null {
  // a run of spaces, or one ideographic space (廣東省商務廳　廣東省財政廳　…, 广东 probe round 22)
  const names = line.raw.trim().split(/\s{2,}|\u3000/).map((name) => makeLine(name, line.line).text);
  if (names.length > 1 && names.every(looksLikeIssuer)) return names;
  return looksLikeIssuer(line.text) ? [line.text] : null;
}

/** `中共延边州委办公室 延边州人民政府办公室` heading a joint notice. */
function headerIssuers(lines: readonly SourceLine[], layout: Layout): string[] | null {
  const first = lines.find((line) => line.text.length > 0);
  if (!first || layout.bodyStart === 0) return null;
  // a joint notice may name its issuers on the title line: 成都市发展和改革委员会 中共成都市委社会工作部 关于印发…
  const named = issuersBefore(first.plain, first.plain.indexOf('关于'));
  if (named) return named;
  // …and a notice signed with a date alone names its issuer on its title line, under its 文号 (新乡 probe round 55:
  // `新政办〔2025〕9号` / `新乡市人民政府办公室关于印发…的通知`)
  const notice = lines.slice(0, Math.min(lines.length, layout.bodyStart, NOTICE_TITLE_WINDOW)).find((line) => {
    const about = line.text.indexOf('关于');
    return about >= 3 && about <= 40 && line.text.endsWith('的通知') && !/[,，。;；:：]/.test(line.text.slice(0, about));
  });
  return notice ? issuersBefore(notice.plain, notice.plain.indexOf('关于')) : null;
}

/**
 * The issuer a notice's title line names without its place (`市人民政府办公室关于…`), as the page's 发文机关 field
 * names it in full (荆门 probe round 93: `荆门市人民政府办公室`); the title's names otherwise.
 */
function withPlace(named: string[] | null, source: readonly string[]): string[] | null {
  const full = source[0];
  return named?.length === 1 && full !== undefined && full.length > named[0]!.length && full.endsWith(named[0]!) && /^[省市州县区旗]/.test(named[0]!) ? [full] : named;
}

/** How many lines from the top a notice's title line is looked for on. */
const NOTICE_TITLE_WINDOW = 8;

/** The issuers a line names before `about` (all of it when -1), set apart by spaces; null where one is no office's name. */
function issuersBefore(plain: string, about: number): string[] | null {
  const names = (about > 0 ? plain.slice(0, about) : plain).split(' ').filter((name) => name.length > 0);
  return names.length > 0 && names.every(looksLikeIssuer) ? names : null;
}

/** A WeChat article's account line: its accounts, the time it was sent and the province it was sent from. */
const WECHAT_ACCOUNT_LINE = /\s((?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))\s+\d{1,2}:\d{2}\s+(?:发表于)?(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)$/;
/** The lines a WeChat article's account line may stand on, under its headline. */
const WECHAT_LINE_WINDOW = 6;

/** 发布时间:2022-11-14 10:45  来源:双营乡 on a reposted page. */
function findPublished(lines: readonly SourceLine[], end: number): { date: string | null; source: string[] } {
  let date: string | null = null;
  let source: string[] = [];
  for (let i = 0; i < Math.min(end, 60); i++) {
    const plain = lines[i]!.plain;
    const when = /(?:发布时间|发布日期|发文日期|成文日期|印发日期|时间|日期)\s*[:：]\s*([0-9一二三四五六七八九十〇○零年月日./-]+)/.exec(plain)
      // `2024-02-06 16:35:21  来源：…`: a portal's time printed bare beside its source (金华 probe round 24)
      ?? /^\s*((?:19|20)\d{2}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?=来源|发布|作者|浏览|【)/.exec(plain)
      // a WeChat article copied as text: `原创 松陵宣传 松陵街道发布 2024-03-14 18:02 发表于江苏` (松陵 probe round 59)
      ?? (plain.includes('发表于') ? /((?:19|20)\d{2}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}\s*发表于/.exec(plain) : null)
      // …or with the province alone after the time (大瑶, 章丘 probe round 75: `浏阳大瑶 2025年01月20日 08:30 湖南`)
      ?? (i < WECHAT_LINE_WINDOW ? WECHAT_ACCOUNT_LINE.exec(plain) : null);
    if (when && !date) date = parseDate(when[1]!);
    const from = /(?:来源|发布机构|发文机关)\s*[:：]\s*([^\s:：]+)/.exec(plain);
    // a website is not an issuer: 来源:www.cqzrhj.com
    if (from && source.length === 0 && !/[a-z0-9]\.[a-z]/i.test(from[1]!) && looksLikeSource(from[1]!)) source = [from[1]!];
  }
  return { date, source };
}

function looksLikeSource(name: string): boolean {
  return looksLikeIssuer(name) || /(?:省|市|州|县|区|旗|乡|镇)$/.test(name);
}

/**
 * 主送机关, from the salutation to its colon, which may wrap after a comma or inside a name:
 *
 *     > | 各镇（街道）党（工）委、人民政府（办事处），市直机关各单位，
 *     > | 各人民团体：
 *
 * → ["各镇(街道)党(工)委、人民政府(办事处)", "市直机关各单位", "各人民团体"]. Every name must be
 * an addressee's: a news lead `近日，市政府办公室印发《…》，全文如下：` addresses nobody.
 */
function findRecipients(lines: readonly SourceLine[], end: number): string[] {
  for (let i = 0; i < end; i++) {
    const text = lines[i]!.text;
    if (!/[:：]$/.test(text) || /^(?:附件|附表|来源|发布|抄送)/.test(text) || text.length > 200) continue;
    let block = text.slice(0, -1);
    if (!recipientNames(block)) continue;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const above = lines[j]!.text;
      // a line wrapped inside a name (…市政府各部门、各直属 / 机构：) is one of the list's when it holds
      // a comma or opens with 各; a 发文字号 or a title above the salutation is none
      if (!/[,，、]$/.test(above) && !/[,，]/.test(above) && !above.startsWith('各')) break;
      if (!recipientNames(above + block)) break;
      block = above + block;
    }
    // 组织机构: ends like a unit but addresses nobody; a salutation names 各…, governments or departments
    if (/各|政府|部门|单位|委|局|办|厅|团体/.test(foldTraditional(block))) return recipientNames(block)!;
  }
  return [];
}

/** What an addressee's name ends with, its brackets aside: 各人民团体, 市直机关各单位, 邵阳经开区管委会. */
// 各团场 (兵团 probe round 32), 各农场、林场: the farms a 师 addresses
const RECIPIENT_END = /(?:政府|机关|机构|部门|单位|团体|组织|企业|公署|管委会|委员会|党委|党工委|党组|委|办|局|厅|室|处|部|院|校|中心|街道|社区|公司|集团|银行|会|站|队|所|团场|农场|林场|牧场|政协|人大)$/;
/**
 * A prefecture or a zone addressed by its name alone: 伊犁哈萨克自治州 (新疆 probe round 32), 大兴安岭地区,
 * `龙感湖管理区、黄冈高新区、白潭湖片区` (黄冈 probe round 33).
 */
const NAMED_PLACE = /^[\u4e00-\u9fa5]{2,12}(?:自治州|地区|盟|管理区|高新区|开发区|经开区|新区|片区|园区|示范区|保税区)$/;
/** A label that ends like a unit but names none: 责任单位:, 牵头部门: */
const ROLE_LABEL = /^(?:责任|牵头|配合|协办|主办|参与|实施|相关)(?:单位|部门)$/;

/** The names of a salutation's part, or null when one of them is no addressee. */
function recipientNames(text: string): string[] | null {
  const names = text.split(/[,，;；]/).map((name) => name.trim()).filter((name) => name.length > 0);
  const isName = (name: string) => {
    const bare = foldTraditional(name).replace(/\([^()]*\)/g, '');
    // a place is addressed with 各: 各乡镇(街道), 各村(社区), 各县市区
    return name.length <= 40 && !/[《》“”。]/.test(name) && !ROLE_LABEL.test(bare) && (RECIPIENT_END.test(bare) || /^各.*[省州市盟县区旗乡镇村]$/.test(bare) || bare.split('、').every((place) => NAMED_PLACE.test(place)));
  };
  return names.length > 0 && names.every(isName) ? names : null;
}

/**
 * Parses a written date to YYYY-MM-DD: `2022年5月7日`, `二〇二二年五月七日`, `2022-11-14`, `2022年09月19日`,
 * and as scraped text writes them, `二O二四年一月三十一日` (a Latin O for 〇), `二〇二四年元月十日` (元月, January).
 */
export function parseDate(text: string): string | null {
  const match = /^([0-9]{4}|[二〇○零一三四五六七八九Oo0]{4})[年./-]([0-9]{1,2}|[一二三四五六七八九十]{1,3}|元)[月./-]([0-9]{1,2}|[一二三四五六七八九十]{1,3})日?/.exec(text.trim());
  if (!match) return null;
  const year = /^\d+$/.test(match[1]!) ? Number(match[1]) : Number([...match[1]!].map((ch) => '〇一二三四五六七八九'.indexOf(/[○零Oo0]/.test(ch) ? '〇' : ch)).join(''));
  const month = match[2] === '元' ? 1 : parseChineseNumber(match[2]!);
  const day = parseChineseNumber(match[3]!);
  if (!(year >= 1949 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
