/**
 * The labels of responsibility notes (牵头单位, 责任单位, 配合单位, 完成时限 …) in one table, and
 * the patterns built from it, so every reader of notes knows the same labels.
 */
import type { Role } from '../model/document.js';
import { PLACE_WORDS } from './units.js';

/** What a label introduces: units in a role, a deadline, or something to skip (a person, a phone). */
export type LabelKind = Role | 'deadline' | 'other';

/** Every label we know, with what it introduces. Data, not logic: extend freely. */
const LABELS: ReadonlyArray<readonly [string, LabelKind]> = [
  ['牵头单位', 'lead'], ['牵头部门', 'lead'],
  // 港澳 and 合作区 wording (横琴 probe round 85: `統籌部門：經濟發展局`), the lead's
  ['统筹部门', 'lead'], ['统筹单位', 'lead'], ['主办单位', 'lead'], ['牵头处室', 'lead'], ['牵头科室', 'lead'], ['主责单位', 'lead'], ['主责部门', 'lead'],
  ['主体责任单位', 'responsible'], ['监管责任单位', 'responsible'], ['属地责任单位', 'responsible'], ['行业监管单位', 'responsible'], ['属地管理单位', 'responsible'], ['责任单位', 'responsible'], ['责任部门', 'responsible'], ['责任处室', 'responsible'],
  ['责任科室', 'responsible'], ['责任主体', 'responsible'], ['实施单位', 'responsible'], ['实施主体', 'responsible'],
  ['总牵头单位', 'lead'], ['具体实施单位', 'responsible'], ['具体负责单位', 'responsible'], ['具体落实单位', 'responsible'],
  // a 人大 or 政协 standing committee's offices (湘潭: `责任委室：法制委、法工委`)
  ['承办委室', 'responsible'], ['主办委室', 'lead'],
  // a project list's owner, who carries the project out (荆门, 射洪, 鹿邑 probe round 42: `项目业主：鹿邑县人民医院`)
  ['项目业主', 'responsible'], ['业主单位', 'responsible'],
  // a project's builder and its legal person carry it out as its owner does (都昌, 南充 probe round 67: `项目法人：…`, `建设主体：…`)
  ['建设单位', 'responsible'], ['建设主体', 'responsible'], ['项目法人', 'responsible'], ['项目单位', 'responsible'], ['项目建设单位', 'responsible'],
  ['项目实施单位', 'responsible'], ['项目实施主体', 'responsible'], ['项目责任单位', 'responsible'], ['项目责任主体', 'responsible'],
  // the place the project stands in (攸县, 都昌 probe round 67: `属地责任：各乡镇人民政府`)
  ['属地责任', 'responsible'], ['属地责任主体', 'responsible'], ['属地单位', 'responsible'], ['属地政府', 'responsible'],
  // the department in charge of the project's line of work leads it beside its owner (`行业主管部门：县工业和信息化局`): one
  // project, one lead department
  ['主管部门', 'lead'], ['主管单位', 'lead'], ['行业主管部门', 'lead'], ['行业主管单位', 'lead'], ['项目主管部门', 'lead'], ['项目主管单位', 'lead'],
  // who regulates the project's quality and money helps it; who serves an investment project likewise (埇桥 `服务单位`)
  ['监管部门', 'support'], ['监管单位', 'support'], ['服务单位', 'support'], ['服务部门', 'support'],
  // a rectification's (赣州 probe round 69: `整改责任单位：各县（市、区）人民政府，…`)
  ['整改责任单位', 'responsible'], ['整改牵头单位', 'lead'], ['整改配合单位', 'support'], ['整改单位', 'responsible'],
  ['承办单位', 'responsible'], ['承担单位', 'responsible'], ['落实单位', 'responsible'], ['负责单位', 'responsible'], ['负责部门', 'responsible'], ['主要责任单位', 'responsible'],
  ['配合单位', 'support'], ['配合部门', 'support'], ['配合处室', 'support'], ['协办单位', 'support'], ['协办部门', 'support'],
  ['参与单位', 'support'], ['参与部门', 'support'], ['协助单位', 'support'], ['协同单位', 'support'], ['支持单位', 'support'], ['协调单位', 'support'],
  // 协作 is the word of 粤港澳 and Macau texts (横琴 `協作單位：法律事務局`), and of many 浙江 county plans
  ['协作单位', 'support'], ['协作部门', 'support'],
  // who guides the work supports it (宜良 probe round 46: `业务指导：县疾病预防控制中心`)
  ['业务指导', 'support'], ['技术指导', 'support'], ['指导单位', 'support'], ['指导部门', 'support'],
  // who pays a relief measure out (正定 probe round 61: `政策兑现责任单位：县税务局、县财政局` / `兑现时限：2022年6月30日前`)
  ['政策兑现责任单位', 'responsible'], ['兑现责任单位', 'responsible'], ['政策兑现单位', 'responsible'], ['兑现单位', 'responsible'],
  ['政策兑现牵头单位', 'lead'], ['兑现牵头单位', 'lead'], ['兑现时限', 'deadline'], ['兑现时间', 'deadline'],
  ['完成时限', 'deadline'], ['完成时间', 'deadline'], ['时间节点', 'deadline'], ['时限要求', 'deadline'], ['办结时限', 'deadline'],
  ['时间安排', 'deadline'], ['时限', 'deadline'],
  // a rectification list's problem blocks (益阳 probe round 16: `整改责任人：…` `整改时限：2024年12月底前` after `责任单位：…`)
  ['整改时限', 'deadline'], ['整改期限', 'deadline'],
  // who oversees the work is no unit of it (临澧 probe round 43: `责任部门：各临床科室、各病区　督导部门：护理部`)
  ['督导部门', 'other'], ['督导单位', 'other'],
  // who supervises, and the figures a ledger gives beside the units (江西 probe round 65: `【督办单位】县政府督查室【序时进度】…【考核分值】5分`)
  ['督办单位', 'other'], ['督办部门', 'other'], ['督查单位', 'other'], ['序时进度', 'other'], ['时序进度', 'other'], ['考核分值', 'other'], ['分值', 'other'], ['进度要求', 'other'], ['评分标准', 'other'],
  ['责任领导', 'other'], ['牵头领导', 'other'], ['分管领导', 'other'], ['督办领导', 'other'],
  // the leader who answers for the work in Shaanxi's, Gansu's and Ningxia's plans (商洛 probe round 63: `包抓领导：…　牵头单位：…`)
  ['包抓领导', 'other'], ['局领导', 'other'], ['分管局领导', 'other'], ['委领导', 'other'], ['分管委领导', 'other'], ['包抓县级领导', 'other'], ['包抓市级领导', 'other'], ['包联领导', 'other'], ['包保领导', 'other'], ['联系领导', 'other'], ['责任人', 'other'], ['整改责任人', 'other'], ['联系人', 'other'], ['备注', 'other'],
  // what is to be done and measured, written in the note beside its units (宜宾 probe round 40: `工作措施：开展排查，形成问题清单和整治清单`)
  ['工作措施', 'other'], ['具体措施', 'other'], ['主要措施', 'other'], ['工作内容', 'other'], ['工作目标', 'other'], ['目标任务', 'other'], ['成效指标', 'other'], ['考核指标', 'other'], ['进度安排', 'other'],
];

/**
 * Role words that are labels only with a colon after them: `(牵头：市住建局；配合：市自然资源局)`.
 * Without one they are the role words of a list (`市住建局牵头`).
 */
const SHORT_LABELS: ReadonlyArray<readonly [string, LabelKind]> = [
  ['牵头', 'lead'], ['主责', 'lead'], ['主办', 'lead'], ['统筹', 'lead'], ['责任', 'responsible'], ['负责', 'responsible'], ['具体负责', 'responsible'], ['承办', 'responsible'],
  // who guides the work supports it (澧县 probe round 83: `（责任单位：县人医、县中医医院；指导：医政医管股、护理质控中心）`)
  ['指导', 'support'],
  // …and so does who urges it on or sees to its money (石门 probe round 94: `督促：镇应急管理办公室`; 蓬溪: `财务保障：财务股`)
  ['督促', 'support'], ['资金保障', 'support'], ['经费保障', 'support'], ['财务保障', 'support'],
  ['具体承办', 'responsible'], ['总牵头', 'lead'], ['具体实施', 'responsible'], ['具体落实', 'responsible'], ['配合', 'support'], ['协助', 'support'], ['协办', 'support'], ['会办', 'support'], ['参办', 'support'], ['参与', 'support'], ['协同', 'support'], ['协作', 'support'],
  // the part of a note for one level, its roles by its own words (河南: `（省级：省住房城乡建设厅牵头，省财政厅配合；市县：各省辖市人民政府）`)
  ...['省级', '市级', '州级', '县级', '区级', '乡级', '市县', '市州', '县区', '省直', '市直', '县直'].map((level) => [level, 'responsible'] as const),
  // the villages, communities and areas of a township's or a 街道's plan (茶山街道 `责任片区：丽华片区、清潭片区`):
  // only with a colon, since 参与社区治理, 配合村两委 are words of a task
  ...['社区', '村', '村(社区)', '片区', '网格', '小区'].flatMap((body) => [
    [`牵头${body}`, 'lead'], [`责任${body}`, 'responsible'], [`配合${body}`, 'support'], [`协助${body}`, 'support'],
  ] as const),
];

/**
 * The role words of labels by the kind of body they name (单位, 部门, 处室, 科室, 股室, 站所, 乡镇, 街道, 主体 (明月村
 * `责任主体：…　配合主体：…`, probe round 17), 机构): a
 * township's `责任科室:…;协助科室:…` reads as a prefecture's `责任单位:…;配合单位:…`, and a county's
 * `责任单位:县水利局;责任乡镇:殷棚乡、南向店乡` names the townships responsible.
 */
// …and a 团委's, a 妇联's or a 工会's 部室 (绵阳, 丰城 probe round 79: `牵头部室：组织部；配合部室：宣传部`)
const BODY_LABELS: ReadonlyArray<readonly [string, LabelKind]> = ['单位', '部门', '处室', '科室', '股室', '部室', '站所', '乡镇', '街道', '镇街', '委室', '主体', '机构'].flatMap((body) => [
  [`牵头${body}`, 'lead'], [`责任${body}`, 'responsible'], [`配合${body}`, 'support'], [`协助${body}`, 'support'],
  [`协办${body}`, 'support'], [`参与${body}`, 'support'], [`协作${body}`, 'support'], [`协同${body}`, 'support'],
  // 广东's 主办/会办 (惠州 probe round 17: `主办单位：市工业和信息化局；会办单位：市发展改革局`)
  [`会办${body}`, 'support'], [`参办${body}`, 'support'],
  // who guides the work supports it (湖滨 probe round 52: `指导科室：城市管理办公室`), as `指导单位：` does
  [`指导${body}`, 'support'],
] as const).filter(([name]) => !LABELS.some(([known]) => known === name));

/** Labels of units with their persons: `责任单位及责任人：市自然资源局　陈××，…`. */
const WITH_PERSONS: ReadonlyArray<readonly [string, LabelKind]> = [...LABELS, ...BODY_LABELS]
  .filter(([name, kind]) => kind !== 'other' && kind !== 'deadline' && /(?:单位|部门)$/.test(name))
  .flatMap(([name, kind]) => [[`${name}及责任人`, kind], [`${name}及负责人`, kind]] as const);

const KINDS = new Map<string, LabelKind>([...LABELS, ...BODY_LABELS, ...WITH_PERSONS, ...SHORT_LABELS]);
// longest first, so 主体责任单位 wins over 责任单位
const NAME_LIST = [...LABELS, ...BODY_LABELS, ...WITH_PERSONS].map(([name]) => name);
const NAMES = [...NAME_LIST].sort((a, b) => b.length - a.length).join('|');
// longest first, so 具体承办 wins over 承办
const SHORT_NAME_LIST = SHORT_LABELS.map(([name]) => name);
export const SHORT_NAMES = SHORT_NAME_LIST.map((name) => name.replace(/[()]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
/** What a unit after `责任单位为` opens with, its place: `责任单位为县住建局` (`牵头单位为第一责任人` names none). */
const PLACE_START = `(?:${PLACE_WORDS})`;
/** A level before a label, which is no unit: `县级责任单位：…；乡级责任单位：…`. */
const LEVEL = '(?:(?:省|市|州|县|区|乡|镇|村|市县|市州|州县|县区|县市|自治区|盟市|旗县)级|市县|市州|州县|县区|市、县|省直|市直|州直|县直|区直|地方|基层|自治区|兵团|师市|盟市|旗县)?';
const UNIT_NAME_LIST = [...LABELS, ...BODY_LABELS, ...WITH_PERSONS].filter(([, kind]) => kind !== 'other').map(([name]) => name);
const UNIT_NAMES = [...UNIT_NAME_LIST].sort((a, b) => b.length - a.length).join('|');

/**
 * A lookahead for the first characters of the labels that follow a level. V8 compiles a pattern
 * by working out each way its first characters may match: an optional level before two hundred
 * labels makes thousands, and took 5–20 ms a pattern at its first match, 40–50 ms of a
 * one-document run. The lookahead, true wherever one of the labels follows, ends that work (under
 * a millisecond a pattern) and changes no match.
 */
function labelOpening(...lists: ReadonlyArray<ReadonlyArray<string>>): string {
  return `(?=[${[...new Set(lists.flat().map((name) => name[0]))].join('')}])`;
}

/**
 * A label inside a note, bracketed or not, with an optional `(部门)` after it (`配合股室（所）：`, 攸县 probe round 51); the colon is
 * optional inside brackets, and 为 may stand for it (`责任单位为县住建局`).
 *
 *     > | 〔责任单位:市住建局,各县(市、区)政府;配合单位:市自然资源局〕
 *          ^^^^^                            ^^^^^
 */
export const LABEL = new RegExp(`[【〖[]?${LEVEL}${labelOpening(NAME_LIST)}(${NAMES})[】〗\\]]?(?:\\((?:部门|单位|处室|科室|股室|所|站|站所|队)\\))?\\s*(?:[:：]|为(?=${PLACE_START}))?\\s*`, 'g');

/** A role word in solid brackets, as a label: `【责任股室】耕地保护股【配合】国土空间规划股` (临澧 probe round 43). */
export const BRACKETED_SHORT_LABEL = new RegExp(`[【〖](${SHORT_NAMES})[】〗]\\s*(?=[\\u4e00-\\u9fa5])`, 'g');

/** A role word with a colon, as a label: `牵头：市住建局`. */
export const SHORT_LABEL = new RegExp(`${LEVEL}${labelOpening(SHORT_NAME_LIST)}(${SHORT_NAMES})\\s*[:：]\\s*`, 'g');

/**
 * A label we do not know but that is one by its shape: a short name ending in 单位/部门/电话… and a
 * colon (`督办单位：`, `联系电话：`). What follows it is skipped.
 */
export const OTHER_LABEL = /[\u4e00-\u9fa5]{1,6}(?:单位|部门|领导|责任人|联系人|电话|时间|日期)(?:\([^()]{1,4}\))?\s*[:：]\s*/g;

/**
 * A label line: `责任单位：州住建局` (or `责任单位为州住建局`) at the start of a paragraph, after a
 * sentence or a comma, or after the space that parts a line's fields or the person a field names
 * (`分管领导：张××　责任单位：…`, its space gone when stray spaces are).
 */
export const LABEL_LINE = new RegExp(`(?:^|[。;；,，)）】〕〗\\]\\s×xX*＊○〇某])\\s*${LEVEL}${labelOpening(UNIT_NAME_LIST, SHORT_NAME_LIST)}(?:(?:${UNIT_NAMES})(?:\\((?:部门|单位|处室|科室|股室|所|站|站所|队)\\))?\\s*(?:[:：]|为(?=${PLACE_START}))|(?:${SHORT_NAMES})\\s*[:：])`);

/**
 * A label line written without its colon, a space in its place (gone with the stray spaces): a
 * line of its own that opens with the label and a unit naming its place.
 *
 *     > | 责任单位　县住建局 · 牵头单位 县住建局　配合单位 县财政局 县自然资源局
 */
export const BARE_LABEL_LINE = new RegExp(`^\\s*${LEVEL}${labelOpening(UNIT_NAME_LIST)}(?:${UNIT_NAMES})\\s*(?=${PLACE_START})`);

/** Where a label may be followed by 为 instead of a colon: cheap test before looking for label lines. */
export const LABEL_BEFORE_WEI = /(?:单位|部门|处室|科室|主体)为(?:省|市|州|县|区|乡|镇|村|街道|各|中共)/;

/** A bracket holding only a label: `【责任单位】市住建局、市发改委` — the list follows the bracket. */
export const PURE_LABEL = new RegExp(`^\\s*${LEVEL}${labelOpening(UNIT_NAME_LIST)}(${UNIT_NAMES})\\s*$`);

/** Some word any note must contain: a role word or a label. Cheap test before parsing. */
export const MAY_BE_NOTE = /负|牵头|保障|起草|业主|法人|主体|支持|做好|抓|统筹|主抓|主责|主办|落实|实施|承办|承担|配合|协|参与|指导|督|监督|单位|部门|处室|科室|时限|时间|节点|领导|责任|联系人|备注|第一/;

/**
 * Labels that are also the words of a task for bodies of a kind (`建设单位要…`, `由主管部门负责`, `各监管部门`): labels only
 * when marked, by a colon, 为 or solid brackets.
 */
export const MARKED_ONLY = new Set(['建设单位', '项目单位', '属地单位', '属地政府', '主管部门', '主管单位', '行业主管部门', '行业主管单位', '监管部门', '监管单位', '服务单位', '服务部门']);

/** Whether a word is a label we know (`责任领导`, `牵头单位`, `完成时限` …), without its colon. */
export function isKnownLabel(word: string): boolean {
  return KINDS.has(word);
}

/** The kind of a label as matched by {@link LABEL}; unknown labels are 'other'. */
export function labelKind(label: string): LabelKind {
  return KINDS.get(label) ?? 'other';
}

/**
 * A legend giving units set in bold, or marked, a role: `注：责任单位中加粗字体为牵头单位。`, `加粗单位为牵头单位`,
 * `责任单位中标*的为牵头单位`, `带★的为牵头部门`.
 */
export const BOLD_LEGEND = /(?:加粗|加黑|粗体|黑体)(?:字体|字|显示|标注|标示)?的?(?:单位|部门)?(?:为|是|表示|系)(牵头|责任|配合)(?:单位|部门)/;
/** A legend whose mark is the role word itself, in brackets after the name (南江 probe round 76: `标注“（牵头）”的为牵头单位，其余为配合单位`). */
export const ROLE_WORD_LEGEND = /(?:标(?:注|有|记)?|带(?:有)?|加)\s*[“"‘]?\(牵头\)[”"’]?(?:字样)?的?(?:单位|部门)?(?:为|是|表示|系)牵头(?:单位|部门)/;
/** How {@link ROLE_WORD_LEGEND} marks its units: the legend's mark. */
export const ROLE_WORD_MARK = '(牵头)';
export const MARK_LEGEND = /(?:标(?:注|有|记)?|带(?:有)?|加)\s*[“"‘]?([*＊★☆▲△※])[”"’]?(?:号|符号)?的?(?:单位|部门)?(?:为|是|表示|系)(牵头|责任|配合)(?:单位|部门)/;
