import { foldTraditional } from '../extractors/fold.js';

/** Lines that are page furniture (breadcrumbs, print bars, footers) and standalone date and 发文字号 lines, as printed on portals. */

// Portal furniture: breadcrumbs, font-size bars, print/close links, footers — one pattern, one scan.
//     > | 您的位置:首页 > 信息动态  > 行业动态
const JUNK_AT_START = new RegExp(`^(?:${[
  '您的位置|您现在的位置|当前位置|所在位置',
  '首页\\s*[>|｜]',
  // a breadcrumb without 首页 (太平镇 probe round 25): 政务公开 > 乡镇政府信息公开 > 太平镇 > 规划计划
  '[^\\s。，,；;：:>]{1,12}(?:\\s*[>›»]\\s*[^\\s。，,；;：:>›»]{1,12}){2,8}$',
  '【?\\s*字体',
  // a bar of bracketed page actions: 【打印】 【关闭】, 【我要纠错】【打印本页】【关闭窗口】 (probe round 28)
  '(?:【\\s*(?:打印|关闭|打印本页|关闭窗口|我要纠错|纠错|收藏|分享|返回顶部|保存|下载)\\s*】\\s*)+$',
  // 扫一扫在手机打开当前页, 手机扫码阅读
  '扫一扫.{0,20}$',
  '相关附件[:：]?$',
  // a portal's line of related documents under the text: 相关文件：《…工作方案》政策解读 (广州 probe round 32)
  '相关(?:文件|链接|阅读|文章|解读)[:：]',
  // how the document was published and printed, under its text: (此件公开发布), 信息公开选项：主动公开, 共印50份 (probe round 31)
  '[(（]此件[^()（）]{0,12}[)）]$',
  '(?:信息)?公开(?:选项|方式|属性)[:：]',
  '[(（]?共印\\s*\\d{1,5}\\s*份[)）]?$',
  // whom to call about it: 联系人：市商务局流通业发展科 向丽君，联系电话：0745-2714035。
  '联系人[:：][^。]{0,40}?电话[:：]?\\s*[\\d-]{7,}',
  '(?:手机|微信)扫(?:码|一扫).{0,20}$',
  // a site's address and telephone: 地址:太平川镇兴业大街88号 联系电话:0436-7291005
  '地址[:：][^。]{2,40}?(?:联系)?电话[:：]',
  '(?:打印|关闭|关闭窗口|返回|返回列表|返回顶部|打印本页|打印本文|分享到|分享|扫一扫|收藏|上一篇|下一篇|相关链接|相关文章|附件下载)(?:[:：\\s|].{0,40})?$',
  '(?:责任编辑|编辑|审核|校对|浏览次数|访问量|阅读次数|点击数|抄送|抄报)[:：]',
  // a site's credit line: 主办：江西省人民政府办公厅　承办：江西省信息中心 (江西 probe round 23)
  '主办[:：][^。]{2,40}?(?:承办|协办|技术支持)[:：]',
  '[-—–]\\s*\\d{1,4}\\s*[-—–]$',
  // a rule across the page, over and under the 抄送 and 印发 lines (probe round 34)
  '[-—–_=─━－]{6,}$',
  // the red header a PDF prints on every page, `宜宾市人民政府办公室文件` (probe round 34): furniture of the page
  '(?:中共)?[\\u4e00-\\u9fa5]{2,24}(?:人民政府|政府|委员会|党委|委|办公室|办公厅|局|厅)文件$',
  '第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?$',
  // a bullet opening a menu item or a contact (• 王总: 13708368233); a bullet item that says a sentence is text
  '[•·●▪](?!.*[,;，；。])',
].join('|')})`);
/** The printing line under a document: 某县人民政府办公室  2023年3月16日印发 — furniture to the text, a date to its meta. */
export const PRINTED_LINE = /(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*印发$/;
// the printing line under a document: 某县人民政府办公室  2023年3月16日印发; a site's credit line names who runs it and who
// builds it (`主办单位：…　承办单位：…`): `承办单位：区住建局` alone is a note's label (鲤城 probe round 69)
// …and a breadcrumb after the site's name (长白 probe round 91: `长白朝鲜族自治县人民政府 网站首页 > 信息公开 > 部门文件`)
const JUNK_ANYWHERE = /(?:19|20)\d{2}年\d{1,2}月\d{1,2}日印发$|版权(?:所有|声明)|Copyright|©|ICP备|公网安备|网站标识码|网站地图|技术支持[:：]|主办单位[:：][^;；。]{2,40}?承办单位[:：]|>\s*首页|首页\s*[>›»]|【\s*字体|登录\s*\|\s*注册/i;

/** What only a site's footer says: its registration, copyright and builder. */
const SITE_FOOTER = /ICP备\s*\d|ICP备案号|公网安备\s*\d|网站标识码[:：]?\s*\d|Copyright|©|技术支持[:：]|版权所有[:：]/i;

/**
 * A numbering marker opening a line: 一、 (一) 1. (1) ① 第一条. A numbered line is content whatever
 * words it holds (probe h08: `7.规范政府网站备案管理。督促全市政府网站完成ICP备案…`).
 */
const NUMBERED = /^(?:[一二三四五六七八九十百]{1,4}[、.]|\([一二三四五六七八九十百\d]{1,4}\)|\d{1,3}[.、](?!\d)|[\u2460-\u2473]|第[一二三四五六七八九十百\d]{1,4}[章节条部分])/;

/**
 * Whether a normalized line is page furniture (navigation, footer, share bar). A footer's words
 * (版权声明, ICP备, 主办单位:) make a line furniture only when it stands alone: not numbered, and
 * opening the line or in a line without a sentence (`。`) of the body.
 */
export function isJunkLine(line: string): boolean {
  if (line.length > 300) return false;
  // a page reposted in traditional characters has the same furniture: 主辦：…　承辦：…, 【打印本頁】 (广州 probe round 32)
  const text = foldTraditional(line);
  if (JUNK_AT_START.test(text)) return true;
  const match = JUNK_ANYWHERE.exec(text);
  // every word of SITE_FOOTER is one of JUNK_ANYWHERE's: most lines, which hold none, are scanned once
  if (match === null || NUMBERED.test(text)) return false;
  // a site's registration and copyright are a footer's alone, sentence or not (…承办。技术支持:…。)
  if (SITE_FOOTER.test(text)) return true;
  // 版权声明:本网站所刊内容未经许可，不得转载。 opens with the word: a footer, though a sentence
  return match.index === 0 || !text.includes('。');
}

/**
 * A standalone date line: 2022年5月7日, 二〇二二年五月七日; scraped text writes 〇 as a Latin O or a
 * zero (二O二四年一月三十一日, 二0二三年) and January as 元月 (二〇二四年元月十日).
 */
// 2024年4月8日(此件公开发布): the note on publishing may follow the date on its line (昆山 probe round 17)
/** An office's name and the date, on one line under a sheet's title (绵阳 督办台账, probe round 55: `绵阳市人民政府督查室　2025年4月3日`). */
export const OFFICE_AND_DATE = /^([^\s,，。;；:：()（）]{3,30}?(?:办公室|办公厅|督查室|室|局|委|厅|政府|办|部|中心|小组|专班))\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$/;
export const DATE_LINE = /^(?:(?:19|20)\d{2}|[二〇○零一三四五六七八九Oo0]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3}|元)月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:\s*[(（]此件[^()（）]{0,12}[)）])?$/;

/**
 * A standalone 发文字号: 延州办字〔2022〕4号, 长双双府[2022]42号; or one a portal runs together with
 * the field after it, each printed in a span of its own (probe h07):
 *
 *     > | 株政办发〔2023〕15号发布日期:2023-09-01
 *         ^^^^^^^^^^^^^^^^^^
 */
export const DOC_NUMBER = /^([\u4e00-\u9fa5](?:\s?[\u4e00-\u9fa5]){0,11}\s*[〔[(【﹝]\s*(?:19|20)\d{2}\s*[〕\])】﹞]\s*(?:第\s*)?\d{1,5}\s*号)(?:\s|$|(?=(?:发布|成文|发文|印发|生效)?(?:日期|时间)\s*[:：]|来源\s*[:：]|索引号))/;
