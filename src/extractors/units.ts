/**
 * Unit lists of responsibility notes: `市、县级党委、政府；省住建厅、省商务厅按职责分工负责`
 * → units with roles, compound actors kept whole, 等 / 负责 / 牵头 stripped.
 */
import type { Role, UnitAssignment } from '../model/document.js';
import { trimEndWhere } from '../readers/text.js';
import { isBalanced, isCloser, isOpener } from './brackets.js';
import { readDeadline } from './deadline.js';
import { foldCode, foldTraditional } from './fold.js';
import { append, remembered } from '../collections.js';
import { parseChineseNumber } from './numbering.js';

/** A unit as read from a list, before the document's role convention is applied. */
export interface ListedUnit {
  name: string;
  role: Role;
  generic: boolean;
  /** The role came from 按职责分工负责 (which a 列第一位为牵头 convention leaves alone). */
  division: boolean;
  /** The role was said in the list (牵头, 配合, 负责 …) rather than taken from a label or default. */
  explicit: boolean;
  /** Support by overseeing (`负责指导`): the unit's own task where no other unit does it (see build-tasks). */
  oversees?: boolean;
  /** Named as who supervises the task (`市政府督查室跟踪督办`): no unit of it where others do it (see build-tasks). */
  supervises?: boolean;
  /** The mark written after its name (`市发展改革委*`), whose role a legend may give. */
  mark?: string;
}

/** A unit as the note writes it; extract() fills in its canonical name, level, function and kind. */
export function writtenUnit({ name, role, generic }: Pick<ListedUnit, 'name' | 'role' | 'generic'>): UnitAssignment {
  return { name, role, generic, canonical: name, level: null, function: null, kind: generic ? 'generic' : 'department' };
}

/** How sure the caller is that the text is a unit list. */
export type ListMode =
  /** After a label such as 责任单位: — any short name counts. */
  | 'labeled'
  /** A bracket with a role word (`(X负责)`): names must look like units. */
  | 'verb'
  /** A bare bracket at the end of a task (`(市发改委、市财政局)`): names must end like an organization. */
  | 'strict'
  /** A table's cell or a sentence's clause: as 'verb', but an airport is a place the task reaches (`文化广场、滨河公园、牡丹江海浪国际机场`). */
  | 'cell';

export interface UnitList {
  units: ListedUnit[];
  /** Every fragment was a unit (in 'labeled' mode: short enough to be one). */
  ok: boolean;
  /** A role word (牵头, 负责, 配合 …) was found. */
  hasRoleWord: boolean;
  /** A deadline written among the units: `(市生态环境局牵头;2023年底前完成)`. */
  deadline: string | null;
  /** Words after a unit that are no role we know (`市政府办公室负责协调` reads; `市纪委监委监督` does not). */
  unknownWords: string[];
  /** A piece says 同上: the list refers to the units of the task (or row) before. */
  sameAsAbove: boolean;
  /** A piece says 同第3项: the list refers to the units of the task of that number (with sameAsAbove set). */
  sameAsItem?: number;
  /** A piece says 下同: the list also names the units of the tasks after it that have none. */
  carriesDown: boolean;
}

/** Role words in brackets after a name, and their roles: `市新闻出版局(牵头)`, `各县市政府(落实)`, `炎陵县政府(承办)` (株洲 probe round 21). */
const BRACKETED_ROLE: Readonly<Record<string, Role>> = {
  牵头: 'lead', 牵头单位: 'lead', 牵头部门: 'lead', 主责: 'lead', 主办: 'lead',
  责任单位: 'responsible', 负责: 'responsible', 具体负责: 'responsible', 落实: 'responsible', 具体落实: 'responsible', 承办: 'responsible', 实施: 'responsible', 责任: 'responsible',
  配合: 'support', 配合单位: 'support', 配合部门: 'support', 协办: 'support', 会办: 'support', 参与: 'support', 参与单位: 'support', 协助: 'support', 支持: 'support', 协同: 'support', 参加: 'support',
};
/** The bracketed role words, longest first. */
const BRACKETED_WORDS = Object.keys(BRACKETED_ROLE).sort((a, b) => b.length - a.length).join('|');

/** How a unit does its part, before the role word: 按照属地管理要求, 根据需要, 按“管行业必须管安全”要求, 按照行业领域. */
const MANNER = '(?:按照?|根据|依据|结合)(?:[“"‘][\\u4e00-\\u9fa5]{1,12}[”"’])?[\\u4e00-\\u9fa5]{0,8}?(?:要求|需要|实际|原则|领域)';

// Role words at the end of a fragment, optionally after 等 / 等部门, or in brackets after a name.
//     > | 省农业农村厅、省畜牧局、省林草局等按职责分工负责
//                                  ^^^^^^^^^^^^^^^
//     > | 市发改委(牵头)
//                 ^^^^^^
//     > | 各区人民政府按属地原则负责 · 各区人民政府抓好组织实施 · 市发改委、市民政局指导支持
//                   ^^^^^^^^^^^^                ^^^^^^^^^^^^                 ^^^^^^^^
const ROLE_SUFFIX = new RegExp(
  '(等(?:部门|单位)?)?(?:' +
    // 各镇人民政府为责任主体 (镇安 probe round 35)
    '(?:为|作为|是)(牵头|责任|配合|参与|协办)(?:单位|部门|主体)' +
    // 省住房城乡建设厅、省民政厅（按职责分别牵头）(河北 probe round 32): how they lead, in the bracket too, which
    // then marks every unit of its clause, not its own alone
    `|[(（](?:(?:按|按照)(?:各自)?职责(?:分工)?)?(?:分别|共同|联合)?(${BRACKETED_WORDS})[)）]` +
    // 按职责分工牵头 (国务院 probe round 86), 牵头起草 (a legislative plan's)
    '|((?:(?:按|按照)(?:各自)?职责(?:分工)?)?(?:共同|分别|联合|总|负责)?牵头(?:负责|落实|抓总|实施|推进|起草)?|负总责|(?:负责)?统筹(?:协调|推进|调度)?|主抓|主责|主办|抓总)' +
    '|((?:按|按照|根据|依|依据)(?:各自)?职(?:责|能)(?:分工)?(?:分别|共同)?(?:负责落实|负责|推动落实|(?:抓好|做好)(?:本单位|本部门|本系统|本行业|本领域|本辖区)?落实|落实|抓好|做好|推进)|分工负责|各负其责' +
    // 按“管行业必须管安全”要求分别负责, 按照行业领域分别负责 (昌乐, 宁远 probe round 82): how they answer for it, before the role word
    `|(?:${MANNER})?(?:分别|共同|联合|具体|分级|切实|(?:按|按照)?属地(?:管理)?(?:原则)?)?负责(?:落实|协调|推进|实施|组织实施|具体实施|具体落实)?` +
    // 起草, 组织起草, 按职责分工负责起草: who drafts a law or a rule (国务院 probe round 86: a legislative plan's `（X、Y起草）`)
    // 负责抓好落实, 负责组织推进 (铁岭 probe round 91: `各县市党委、政府负责抓好落实`, the compound whole before it)
    '|(?:负责)?(?:具体|抓好?|推进|推动|督促|组织|切实|认真)?(?:组织)?(?:落实|实施|承办)|承担|(?:负责)?(?:组织)?推进|(?:(?:按|按照)(?:各自)?职责(?:分工)?)?(?:组织|负责)?起草|(?:负责)?(?:落实|履行|压实)属地(?:管理|监管)?责任|(?:负|承担|担负|负起)(?:属地|全面)?主体责任)' +
    // 积极配合, 密切配合, 大力支持: an adverb before the word; 协同推进 as 协同配合
    // 按照属地管理要求配合落实, 根据需要配合: how the unit does it, before the role word
    // 县财政局保障资金, 县财政局做好资金保障 (西吉 probe round 58): who sees to the means supports; so does who sees to the power
    // (蕉岭 probe round 77: `国网蕉岭县供电公司做好电力保障`)
    // …and who sees to the land and its approvals (鹿邑 probe round 92: `县自然资源局、县住房城乡建设局保障用地和建设审批`)
    // 区城市管理局业务指导 (谢家湾 probe round 61): a county's bureau guiding a township's office
    // 各区人民政府（管委会）配合做好 (临沂 probe round 72); 市自然资源局给予指导 (东莞 probe round 78)
    `|(配合落实|(?:配合|协助)?(?:做好|负责|提供|给予|加强)?(?:资金|经费|电力|供电|用电|通信|用地|要素)保障(?:工作)?|保障(?:资金|经费|用地|要素)(?:和(?:建设|项目)?审批)?|(?:(?:按|按照)(?:各自)?职责(?:分工)?|${MANNER})?(?:积极|密切|全力|紧密|主动|大力|全面|认真|具体)?(?:负责|加强|跟踪|做好|给予|予以)?(?:业务|技术|行业)?(?:配合|协助|参与|参加|协办|会办|参办|协同|协作|支持|指导|督导|督促|监督|督办){1,3}(?:推进|落实|做好)?(?:相关)?(?:工作)?))$`,
);

/** A zone named among places as a place is: 济源示范区, 航空港区, 神农架林区. */
const NAMED_ZONE = /^[\u4e00-\u9fa5]{2,6}(?:示范区|新区|港区|林区|实验区|管理区)$/;
/** A place with no office named, which joins the name after it: 市、县级党委, 各辖市、区人民政府. */
// …those concerned or along a coast too (青岛 probe round 74: `有关区、市政府`, `沿海各区、市政府`)
const PLACE_ONLY = /^(?:有关|相关|沿海|沿江|沿河|沿湖|沿黄|沿线)?各?(?:省|市|州|县|区|乡|镇|旗|盟|地|县市|市县|县区|市州|辖市|辖区|设区市|省辖市|地级市|地级以上市|直管市|林区)(?:级|直)?$|^中央$/;
/** The governments of places as a group, `各镇人民政府`, which the 各 carries on to `街道办事处` after it. */
const PLACES_GOVERNMENT = /^各(?:乡|镇|乡镇|县|区|县区|区县|县市|县市区|市|市县|市州|地|州|州市|地州|盟市|旗县)(?:\([^()]{1,6}\))?(?:人民)?政府$/;
/**
 * A body named by its kind alone, which a 各 before carries on to: 街道办事处, 开发区(园区)管委会, and the
 * offices of a province's 地区 beside its cities' governments (新疆 probe round 32: `各地（州、市）人民政府、行政公署`).
 */
// 各区政府、管委会 (信阳 probe round 44): the zones' committees beside the districts' governments
// 各县区政府、管理区、开发区 (信阳 probe round 61): the zones named bare beside them, each zone's committee
// …功能区管委会 (宁波 probe round 75: `各区（县、市）政府、功能区管委会`); not 市属开发区管委会, the city's own zones (潍坊 probe round 41),
// nor 示范区管委会, one zone (商丘 probe round 77)
const BODY_OF_EACH = /^(?:街道(?:办事处|办)?|(?:开发区|园区|工业园区|产业园区|开发区\(园区\)|功能区)?(?:管委会|管理委员会)|(?:行政)?公署|行署|管理区|开发区|高新区|功能区|示范区|产业集聚区)$/;
/**
 * A place with the places it stands for, `各市(州)`, which joins only the government or party
 * committee after it (`各市(州)、县(市、区)人民政府`): `各县(市、区)、市农业农村局` are two units.
 */
const PLACES_IN_BRACKETS = /^各?(?:省|市|州|县|区|乡|镇|旗|盟|县市|市县|县区|市州)\([^()]{1,10}\)$/;
const GOVERNING_BODY = /^[^各].{0,10}(?:人民政府|政府|党委|党委、政府|党工委)$/;
/** A government with no place: joins the party committee before it (党委、政府 · 党(工)委、政府(办事处)). */
const BARE_GOVERNMENT = /^(?:人民)?政府(?:\([^()]{1,6}\))?$/;
const GENERIC =
  /^(?:省直|市直|州直|县直|区直|乡直|盟直|旗直|师直|各级|[厅委局办院](?:内|机关)|(?:省|市|州|县|区|乡|镇|自治区|自治州|自治县|盟|旗|兵团|师市|林区)(?:[、和](?:市|州|县|区|乡|镇))?(?:级|直)?|各)?(?:其他|其它)?(?:各)?(?:相关|有关)?(?:行业领域|行业|产业|业务|领域)?(?:职能|成员|主管|行政执法|执法|监管|专营|管线|产权|权属|建设|施工|监理|运营|参建)?(?:部门|科室|单位|处室|股室|机构|站所)(?:和单位|和部门|\((?:单位|部门)\))?(?:党组织|党组|党委|党支部)?$/;
const GENERIC_LAST = '门室位构局委体组织会)所支部';
/** Offices of a kind that the work concerns: 相关手术科室, 各有关职能部门, 相关二级学院. */
const QUALIFIED_OFFICES = /^各?(?:相关|有关)[\u4e00-\u9fa5]{1,4}(?:部门|科室|处室|股室|单位|学院|院系|站所|机构)$/;
/** Bodies of one kind as a group, named by no place: 高校, 相关金融机构, 各科研院所 (`四川大学等高校`), 各银行业金融机构 (东山 probe round 48). */
// …within a place (县内各银行业金融机构, 蓬溪 probe round 59)
// …and companies of one line of work under 各, 相关 or 有关 (昌图 probe round 76: `各通信运营企业`; `各燃气企业`, `相关管线单位`; a bare `供电公司` is one);
// the class of companies that run housing estates, `物业服务企业`, and the schools of an area, `辖区学校` (朝阳 probe round 52)
// …and any trade's companies under 各 (赣州 probe round 92: `各充电设施运营企业`, `各港口企业`), or named by what they run or make —
// not a level's own companies, `各区属国有企业` (渝北 probe round 64), which are named
// …and the schools the work concerns (遂川 probe round 83: `相关学校`)
const GENERIC_KINDS = /^(?:辖区内?各?|相关|有关)(?:学校|中小学校?)$|^(?:[省市州县区镇乡]内|辖区内?)?(?:各|相关|有关|其他|其它)?(?:有关|相关)?(?:物业服务企业|物业企业|高校|高等院校|高等学校|科研院所|科研机构|金融机构|银行机构|银行业金融机构|银行业机构|银行保险机构|银行业保险业机构|保险机构|商业银行|经办银行|合作银行|医疗机构|企业|重点企业|中央企业|国有企业|央企)$|^(?:各|相关|有关)(?:(?:通信|基础电信|电信|燃气|供水|供热|供电|电力|物业服务|物业)(?:运营|经营|服务)?(?:企业|公司|单位)|管线单位|(?![省市州县区旗]属)[\u4e00-\u9fa5]{1,10}企业)$|^(?:(?:通信|基础电信|电信|燃气|供水|供热|电力)(?:运营|经营)|生产经营)(?:企业|单位)$|^[\u4e00-\u9fa5]{2,8}(?:运营|经营|生产)企业$/;
/**
 * Units as a group by where they stand or how many: 中直驻州单位, 中省直驻吉有关单位, 市直12个相关部门; and the
 * central government's, none named: 国务院有关部门, 中央和国家机关有关部门, 有关部委 (58a probe round).
 */
// 省驻清有关单位, 中直、区直驻百色有关单位, 中央和省驻市单位 (清远, 百色 probe round 62)
const GENERIC_GROUP = /^(?:中(?:省)?直驻.{1,4}?(?:各|有关|相关)?单位|(?:中央|中直)(?:[、和](?:省|区|自治区)直?)?驻.{1,4}?(?:各|有关|相关)?单位|(?:省|区|自治区|市|州)直?驻.{1,4}?(?:各|有关|相关)?(?:单位|机构)|(?:省|市|州|县|区)直?\d{1,3}个(?:相关|有关)?(?:部门|单位)|(?:国务院|中央|中央和国家机关|国家)(?:各)?(?:有关|相关)(?:部门|部委|单位|机构)|(?:有关|相关)部委)$/;
/** Bodies named by a duty they have: `各负有安全生产监管职责的部门`, `有关行业主管部门`… the first. */
// …within a level's own (霍邱 probe round 72: `县直各负有安全监管职责的部门`)
const DUTY_HOLDERS = /^(?:[省市州县区]直)?(?:各|其他|其它)?(?:负有|承担|具有|有)[\u4e00-\u9fa5]{2,16}?(?:职责|职能|责任)的(?:部门|单位)$/;

/** Places along what a plan's work follows, as a group: 沿黄县(市、区)人民政府, 沿库乡镇人民政府, 沿江各县. */
/** The places along a line the name says: 河道沿线社区, 国道沿线各村. */
const ALONG_A_LINE = /^[\u4e00-\u9fa5]{1,6}沿线各?(?:乡镇|镇街|街道|社区|村|镇|乡)(?:人民政府|政府|办事处|居委会|村委会)?$/;
// …and their stations of a kind (祁东 probe round 83: `沿江各乡镇交管站`)
const PLACES_ALONG = /^各?沿[线黄江淮湖库河海边路](?:各[镇乡区县市村](?:\([^()]{1,6}\))?|各?(?:乡镇|镇街|街道|村|社区|县区|区县|县市|县市区|区市县|市县|县\([^()]{1,6}\)|乡镇\([^()]{1,6}\)|各县))(?:人民政府|政府|党委|办事处|[\u4e00-\u9fa5]{1,4}(?:站|所))?$/;
/** Places as a group, not one of them (有关区市政府（管委）, 烟台 probe round 75, the zones' committees beside them): 有关县(市、区), 相关乡镇, 各有关县区人民政府, 沿线乡镇 (those a road or river passes, 攸县 probe round 42; 沿黄县（市、区） those on the Yellow River, 吴忠 round 56), 相关团场 (石河子 round 50). */
const GENERIC_PLACES =
  /^各?(?:有关|相关|沿线)各?(?:省|市|州|县|区|乡|镇|乡镇|街道|镇街|社区|村|团场|连队|团镇|师市|苏木|嘎查|苏木镇|苏木乡镇|嘎查村|旗县|旗县市|旗县区|旗县市区|旗县\([^()]{1,6}\)|旗县市\([^()]{1,6}\)|县区|区县|县市|县市区|区市县|市区县|区市|市县|市州|省辖市|设区市|地级市|地级以上市|直管市|县\([^()]{1,6}\)|市\([^()]{1,6}\)|乡镇\([^()]{1,6}\)|镇\([^()]{1,6}\)|乡\([^()]{1,6}\)|村\([^()]{1,6}\)|行政村|项目村|项目乡镇)(?:人民政府|政府|党委|办事处)?(?:\((?:管委|管委会)\))?$/;
/** What may stand before a unit and is no part of its name: `由X负责`, `此项工作由X牵头`. */
// …and a level's part of the work (湖南 probe round 64: `省级由省农业农村厅牵头，…；市县由各市州、县市区人民政府负责`); a clause's 同时 (龙游 probe round 77:
// `…，同时各乡镇（街道）落实属地管理责任`)
const LEADING_WORD = /^(?:(?:此项|该项|本项|上述|以上|各项)?(?:工作|任务)?(?:具体|统一|主要|分别)?由(?![于此])|(?:省级|市级|州级|县级|区级|乡级|市县|市州|县区|县市区|市县两级)(?:层面)?由(?![于此])|[\u4e00-\u9fa5]{1,6}?(?:部分|范围内|区域内|辖区内)由|[\u4e00-\u9fa5]{2,12}?(?:工作|工程|任务|保障|项目|事项|管理|运营|建设|维护|服务|监管|整治|改造|过程|全过程)(?:具体|统一|主要)?由(?![于此])|请|其中|包括|同时(?=各|[省市州县区乡镇]))/;
/** Pieces that name no unit: `下同`, `其他为配合单位` (a statement about the list). */
const FILLER = /^(?:下同|分别|各自|其他|其它|其余)$|^(?:其他|其它|其余)[^、]{0,6}(?:为|作为)(?:配合|协办|参与|责任|牵头)(?:单位|部门)$/;
const FILLER_START = '下分各其';
/** A piece that refers to the list before: `同上`, `同上条`, `同前`. */
const SAME_AS_ABOVE = /^(?:同上|同上条|同上一条|同前)$/;
/** A piece that refers to a task by its number: `同第3项`, `同第（三）项`, `同第6条`. */
const SAME_AS_ITEM = /^同第?\(?(\d{1,3}|[一二三四五六七八九十]{1,3})\)?(?:项|条)(?:任务)?$/;
/** A unit followed by a few words that are no role we know: `市纪委监委监督`… cut at the unit. */
const UNKNOWN_TAIL = /^(.{2,30}(?:局|厅|委|办|室|科|站|所|政府|党委|公司|中心|队|处|社|联|会|院|部|分行|支行))([\u4e00-\u9fa5]{1,4})$/;
/** A person named in a note: a leader by title, or a name kept back (李××). */
const PERSON =
  /(?:^各?(?:省|市|州|县|区|乡|镇|村|乡镇|各级|[省市县乡村]级)?(?:级|总)?(?:河|湖|林|田|路|山)长(?![办制])|副(?:省|市|州|县|区|旗|乡|镇)长|(?:省|市|州|县|区|旗|乡|镇)长(?=负责|牵头|主抓|调度|挂帅|任|[\u4e00-\u9fa5]{1,3}(?:××|某)|$)|书记|(?:组织|宣传|纪检)委员|分管|负责同志|[\u4e00-\u9fa5](?:××|某某))/;

/** Persons by the post they are sent to: 包村领导, 包片干部, 驻村干部, 驻村工作队, 网格员, 村干部. */
// …of a level (龙山 probe round 51: `街道包片领导督导`)
// …and the lawyer each village has (丰源 probe round 84: `村法律顾问`)
const POSTED_PERSONS = /^(?:各|全体)?(?:街道|乡镇|镇|乡|县|区|市)?(?:(?:包村|包片|包保|包联|联系)(?:领导|干部)|驻村(?:干部|工作队|第一书记)|网格员|村干部|(?:村|社区|村\(社区\))?法律顾问)$/;

/** 县委常委, 市委常委: a post, though it ends like a committee. */
const STANDING_COMMITTEE_MEMBER = /^(?:[省市州县区旗]委)?常委(?:[\u4e00-\u9fa5](?:××|某某)|[\u4e00-\u9fa5]{2,3})?$/;

/** A piece without the role words it ends with. */
function withoutRole(piece: string): string {
  return readRoleSuffix(piece)?.rest ?? piece;
}

/** Where a piece joins two units with 和 / 及 / 与 / 以及: `市城管局及各区政府`. */
const CONJUNCTION = /以及|和|及|与/g;
/** The words a unit that names its place opens with: 县城管局, 各乡镇, 街道办事处, 中共县委组织部. */
export const PLACE_WORDS = '省|市|州|县|区|乡|镇|村|街道|各|中共|中国';
// 团市委, 团县委: the Youth League's committee of a place, its level inside the name (泉州 probe round 32)
const PLACE_OPENING = new RegExp(`^(?:${PLACE_WORDS}|团[省市州县区旗]委)`);
/** …and what a name after 和/及 may open with besides (国家…, 人民银行…, 自治区…). */
const LEVEL_START = new RegExp(`^(?:${PLACE_WORDS}|国|人民|自治区)`);

/** Whether a unit names its place: 县城管局, 各乡镇 (not 学校, 公安机关, 数字政府). */
export function namesItsPlace(name: string): boolean {
  return PLACE_OPENING.test(name);
}
const ORG_SUFFIX =
  // 社会 is no body, though 会 ends one: 社会和法制委员会 is one committee; a youth's or workers' palace is one (绵阳 probe round 79: `市青少年宫`)
  /(?:局|厅|委|办|部|院|(?<!社)会|(?:青少年|少年|儿童|工人文化|文化)宫|室|科|[^入持控参配]股|站|所|司|署|处|队|组|社|联|馆|厂|校|团|中心|公司|政府|党委|集团|(?:团|党|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)中央|街道|社区|机关|单位|部门|学校|医院|园区|基地|企业|人大|政协|科协|作协|记协|中学|小学|幼儿园|专班|指挥部|党组|银行|分行|支行|总行|电视台|气象台|电台|海关|林场|农场|大学|机构|法庭|日报)$/;
const PLACE_SUFFIX = /(?:村|镇|乡|县|市|区|旗|盟|州|省)(?:\([^()]*\))?$/;

/** A leader by title, as a note names one after the unit: 局长, 副镇长, 分管副局长, 主任. */
const TITLE = '(?:分管|主要)?(?:负责人|负责同志|主任|书记|主席|经理|副?[\u4e00-\u9fa5]{1,2}长)';
/** A person's name kept back (罗××, 李某), or written out after a common surname (罗建华). */
const PERSON_NAME = '[\u4e00-\u9fa5](?:××|xx|XX|\\*\\*|某某|某)|(?:欧阳|司马|上官|诸葛|皇甫|令狐|慕容|夏侯|尉迟|长孙|宇文|公孙|司徒|端木|东方)[\u4e00-\u9fa5]{1,2}|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤农][\u4e00-\u9fa5]{1,2}';
/**
 * A unit and the person who answers for it: after a space (`市林业局 罗××`, `各镇人民政府 镇长`),
 * by title and name (`市住房城乡建设局局长李××`), or by the title of a place's head (`各镇人民政府镇长`,
 * its space dropped as stray). Another title or a name written out, right after the unit, is no
 * person: `县委书记`, `市政府金融办`, and `王××（市民政局局长）` says who the person is.
 */
const PERSON_AFTER_UNIT = new RegExp(`^(.{2,40}?${ORG_SUFFIX.source.slice(0, -1)})(?:\\s+(?:${TITLE}(?:${PERSON_NAME})?|${PERSON_NAME})|${TITLE}(?:${PERSON_NAME})|(?:分管)?副?[乡镇县市区旗州]长|[\u4e00-\u9fa5](?:××|xx|XX|\\*\\*|某某))$`);

/**
 * A piece without the person named after its unit, its role words kept:
 *
 *     withoutPerson('市住房城乡建设局局长李××负责') // → '市住房城乡建设局负责'
 *     withoutPerson('市林业局 罗××')            // → '市林业局'
 */
function withoutPerson(piece: string): string {
  const rest = withoutRole(piece);
  const match = rest.length > 3 ? PERSON_AFTER_UNIT.exec(rest) : null;
  if (!match) return piece;
  const person = rest.slice(match[1]!.length).trim();
  // 市发改委 高新区管委会: what follows is a unit or a place, not a person
  if (ORG_SUFFIX.test(person) || PLACE_SUFFIX.test(person)) return piece;
  return match[1]! + piece.slice(rest.length);
}
// Words that make a fragment a sentence rather than a unit name.
// 对各地各部门…开展督查 (益都 probe round 33): what a unit does to others (对台办, 对外联络部 keep theirs)
// …nor what a bracket explains: `新建站点（含驿站）`, `（包括乡镇综合服务站）`, `（不含村卫生室）`
// 由县级领导带队开展督导 (宁远 probe round 82): leaders who lead a team are persons, not a unit
const NOT_A_NAME = /[的需请把。!?:;“”"《》]|以下|以上|通过|加强|推进|确保|落实|应当|要求|不得|不再|已经|可以|并且|设在|挂靠|位于|成立|带队|牵头(?!单位|部门)|对(?:各|全|有关|相关|本|辖区|重点)|^(?:含(?!山)|包括|包含|不含|不包括|其中|例如)/;

/** A party body's other kind, in brackets after its name: `党委（党总支）`, `党组(党委)`. */
const PARTY_BODY_KIND = /(?<=党委|党组|党总支|党支部|党组织)\((?:党委|党组|党总支|党支部)\)$/;

/**
 * Whether a name is a placeholder rather than a named unit: 相关部门, 有关科室, 省直相关部门, 各有关单位. A question of
 * the name alone: names recur across the notes of a plan and the plans of a batch, and each is read once (bounded).
 */
export const isGenericUnit: (name: string) => boolean = remembered(readGeneric, 4096);

function readGeneric(name: string): boolean {
  // 澳門特區政府相關部門 is as generic as 澳门特区政府相关部门
  // 相关县〔市、区〕政府 (赣州 probe round 42): 〔〕 is how a bracket inside a note's （） is written
  const written = name.includes('〔') ? foldTraditional(name).replace(/〔/g, '(').replace(/〕/g, ')') : foldTraditional(name);
  // 各直属单位党委（党总支） (淄博 probe round 54): the party body's other kind in brackets says no more of who
  const folded = written.endsWith(')') ? written.replace(PARTY_BODY_KIND, '') : written;
  // 属地镇人民政府, 属地街道: the place wherever the work is, none named
  if (folded.startsWith('属地') && folded.length > 2) return true;
  // places as a group: 有关县(市、区), 相关乡镇, 沿线乡镇
  if ((folded.includes('有关') || folded.includes('相关') || folded.includes('沿线')) && GENERIC_PLACES.test(folded)) return true;
  // the places along a river, a lake, a reservoir, a coast (沿黄县（市、区）, 沿库乡镇): a group, not 沿河县, which is one county;
  // with their other bodies (沿河各镇人民政府、街道办事处), and the places concerned with theirs (青岛 probe round 74: `有关区、市政府`,
  // `沿海各区、市政府`, the districts and county-level cities concerned, or on the coast)
  if (GROUP_OPENING.test(folded) && namesOfList(folded).every((part, i) => (i === 0 ? PLACES_ALONG.test(part) || GENERIC_PLACES.test(part) : PLACE_LEVEL_BODY.test(part)))) return true;
  // 河道沿线社区, 国道沿线各村 (松陵 probe round 59): the places along a named line
  if (folded.includes('沿线') && ALONG_A_LINE.test(folded)) return true;
  if (GENERIC_KINDS.test(folded)) return true;
  // 各相关子公司 (赣江 probe round 43): a company's branches left open; 各子公司 names them all
  if (folded.endsWith('公司') && /^各?(?:相关|有关)(?:子公司|分公司)$/.test(folded)) return true;
  // 各负有安全生产监管职责的部门 (安全生产法's words, probe round 44): every body with a duty, none named
  if (folded.includes('职') && DUTY_HOLDERS.test(folded)) return true;
  // 各地, 各地区, 各地方: every place, no level or body named (`…、各地等按职责分工负责`)
  if (folded.startsWith('各地') && (folded.length === 2 || folded === '各地区' || folded === '各地方')) return true;
  // 相关手术科室, 相关职能部门, 有关二级学院 (攸县 probe round 67): offices of a kind, those the work concerns, none named
  if (QUALIFIED_OFFICES.test(folded)) return true;
  // 各离岛免税店所在市县人民政府, 项目所在县（市、区）政府 (海南 probe round 77): the places wherever the thing is, none named
  if (folded.includes('所在') && PLACES_WHERE.test(folded)) return true;
  // 各项目镇人民政府 (蓬溪 probe round 75), 项目区各乡镇人民政府 (于都 probe round 79): the towns the projects are in, none named
  if ((folded.startsWith('各项目') || folded.startsWith('项目区')) && /^(?:各项目|项目区各?)(?:乡镇|镇|乡|村|街道|镇街)(?:人民政府|政府|党委|办事处|村委会)?$/.test(folded)) return true;
  // 市直有关部门单位 (潍坊 probe round 75): 部门、单位 without the 、, as 山东 writes it, as generic as 市直有关部门
  if (folded.endsWith('部门单位') && folded.length > 4 && isGenericUnit(folded.slice(0, -2))) return true;
  // every other placeholder ends in 部门, 科室, 单位, 处室, 机构, 委办局, 部委, 人民团体 or 党组(党委)
  if (!GENERIC_LAST.includes(folded[folded.length - 1] ?? '')) return false;
  if (/^(?:部门|单位|科室|处室|股室|机构)$/.test(folded)) return false;
  // 市人民政府各部门, 州政府各委办局, 领导小组各成员单位, 县委各部委, 各人民团体: every office of a body, no office in particular
  if (GENERIC.test(folded) || GENERIC_GROUP.test(folded)) return true;
  // 各专门委员会: a 人大's or 政协's committees, none named; 各预算单位: every unit with a budget (岳西 probe round 26);
  // 县直各涉农单位 (信丰 probe round 72): those whose work touches farming
  // …and a body's own offices of a kind (泸县, 黔东南, 丰城, 常熟 probe round 79: `各监督检查室`, `各派驻纪检监察组`, `各业务庭`,
  // `机关各部室`, `各基层工会`, `各民主党派市委会`)
  if (folded.includes('各') && !folded.includes('对各') && /^.{0,12}?各(?:有关|相关)?(?:成员|行业|行政执法|执法|预算|直属|审批|行政审批|监管|职能|业务|窗口|行业扶贫|扶贫|派驻|基层|涉[\u4e00-\u9fa5]{1,2})?(?:主管)?(?:部门|单位|科室|处室|部室|股室|股室\(站所\)|站所|派出机构|庭室|庭|委办局|委、办、局|部委|人民团体|群团组织|专门委员会|专委会|工作委员会|司局|司|处室|监督检查室|审查调查室|纪检监察组|工会|团组织|妇联|民主党派(?:[省市县区]委会?)?)(?:党组|党委|党组\(党委\)|党组织|党总支|党支部)?$/.test(folded)) return true;
  // 直属单位, 下属单位 (常熟 probe round 79): a body's own units, none named
  if (folded === '直属单位' || folded === '下属单位') return true;
  // 各民生实事牵头单位, 各项目责任单位, 各牵头单位: the lead (or responsible) unit of each of them, none
  // named (铜陵 probe round 22, 奉新 round 26)
  // …and 各项目业主单位, 各建设单位 (攸县 probe round 67): each project's owner
  // …also of a kind of work named before them (滁州 probe round 78: `十件为民实事各牵头单位`)
  // …and each drafting one (国务院 probe round 86: `各起草部门`; not each place's department of a line of work, `各区住房城乡建设主管部门`)
  if (folded.includes('各') && /^(?:[\u4e00-\u9fa5]{2,12}?)?各[\u4e00-\u9fa5]{0,10}?(?:牵头|责任|配合|参与|实施|承办|业主|建设|项目|起草)(?:单位|部门)$/.test(folded)) return true;
  // 市安委会成员单位 (遂宁 probe round 83): a committee's members, 各 left out as safety plans do
  if (folded.endsWith('成员单位') && /^.{2,14}?(?:委员会|委会|领导小组|小组|指挥部|联席会议)成员单位$/.test(folded)) return true;
  // 区安委会有关成员单位, 市政府有关部门, 县卫健局相关科室, 合作区有关部门, 开发区相关单位: a body's or a
  // zone's members or offices, none named
  return (folded.includes('有关') || folded.includes('相关')) && /^.{2,14}?(?:会|组|府|局|委|厅|办|区|园)(?:有关|相关)(?:成员)?(?:部门|单位|科室|处室)$/.test(folded);
}

/** A bare government, then the role word and what it sees to: `政府负责日常监管`. */
const GOVERNMENT_THEN_DUTY = /^((?:人民)?政府)(?:具体|切实|认真|分别|共同)?(负责|牵头)[\u4e00-\u9fa5]{2,20}$/;

/** A name closing with a number and its measure word: `养老服务站2处`, `卫生院3所`. */
const COUNTED = /\d(?:处|所|个|家|座|条|间)$/;

/**
 * Whether a fragment reads as the name of a unit in the given mode.
 *
 *     looksLikeUnit('州文广旅局', 'verb')           // true
 *     looksLikeUnit('以下任务均需各县(市)政府落实', 'verb') // false
 */
export function looksLikeUnit(name: string, mode: ListMode): boolean {
  // 村“两委” (大窑 probe round 51): a village's two committees, their quotes no sentence's
  const named = withoutOtherName(foldTraditional(name.includes('两委') ? name.replace(TWO_COMMITTEES, '两委') : name));
  if (named.length < 2 || named.length > 40) return false;
  if (GENERIC_LAST.includes(named[named.length - 1] ?? '') && isGenericUnit(named)) return true;
  const folded = withoutLineOfWork(named);
  // after a label any short name counts, but not a stray colon, bracket or number: 督办单位:X, ), 0431-…
  if (mode === 'labeled') return !/[。!?“”《》:：]/.test(withoutQuotedWords(folded)) && isBalanced(folded) && /[\u4e00-\u9fa5]/.test(folded) && !/^[\d-]+$/.test(folded);
  if (/^\d/.test(folded) && !ORG_SUFFIX.test(folded)) return false;
  // a count is no office (科右前旗 probe round 91: `新建社区嵌入式养老服务站2处、普惠托育点1处，县民政局、县卫健局负责。`):
  // 综合一处 and 审批二处 are, their numbers written in words
  if (COUNTED.test(folded)) return false;
  // 各地级以上市人民政府: 以上 here counts cities, it opens no sentence
  const spelled = folded.includes('以上') ? folded.replace('地级以上市', '地级市') : folded;
  // 县“两山”合作社 (安吉 probe round 59): a short quoted word inside an organization's name is part of it
  const plain = withoutQuotedWords(spelled);
  if (NOT_A_NAME.test(plain.includes('(') ? plain.replace(/\([^()]*\)/g, '') : plain)) return false;
  if (ORG_SUFFIX.test(folded) || folded.startsWith('各')) return true;
  // an airport beside a role word (延吉 probe round 61: `（市交通运输局牵头，延吉朝阳川国际机场、市文广旅局配合）`); in a
  // list of places (`文化广场、滨河公园、牡丹江海浪国际机场`) it is one of them
  // …and so is a park run as a body (吉首 probe round 67: `（科学技术处牵头，各学院、大学科技园配合）`); in a bare bracket
  // after a project (`年产10万吨新材料项目（临港产业园）`) it is where the project stands
  return (mode === 'verb' || mode === 'cell') && (PLACE_SUFFIX.test(folded) || (mode === 'verb' && (folded.endsWith('机场') || PARK_BODY.test(folded))));
}

/** A park that is run as a body of its own: 湘大科技园, 大学科技园, 县创业园. */
const PARK_BODY = /(?:科技|产业|创业|软件|文创|孵化)园$/;

/** A short word quoted inside a name: `县“两山”合作社`, `“一网通办”服务中心`. */
const QUOTED_WORD = /“([\u4e00-\u9fa5\w]{1,6})”/g;

/** An organization's name with the quotes of its short quoted words taken off (县“两山”合作社 → 县两山合作社), else the name. */
function withoutQuotedWords(name: string): string {
  return name.includes('“') && ORG_SUFFIX.test(name) ? name.replace(QUOTED_WORD, '$1') : name;
}

/** An office's name and, in brackets, the line of work it acts in: `镇农业农村办(海洋渔业)`, `镇社会事务办(民政)` (group 1 the office). */
const LINE_OF_WORK_AFTER = /^([^()]{2,30})\(([\u4e00-\u9fa5]{2,6})\)$/;

/** How many places a list names, written after its last (`…碧洲镇3个镇`, `…(共4个乡镇)`). */
const COUNT_BEFORE_OFFICE = /^([\u4e00-\u9fa5]{1,10}[乡镇县区市旗])(?:共|等|计)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})个(?:乡镇|镇|乡|街道|镇街|县|区|县区|县市区|市)(人民政府|政府|党委|党委、政府|党委政府|办事处|街道办事处)$/;
const COUNT_TAIL = /[(（]?(?:共|等|计)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})个(?:乡镇|镇|乡|街道|镇街|村|社区|县|区|县区|县市区|市)[)）]?$/;

/** Role words that say only who supervises the task (孝感, 蒲城 probe round 18: `（市政府督查室跟踪督办）`, `；县纪委监委监督`). */
const SUPERVISES = /^(?:跟踪|负责|定期)?(?:督办|督查|监督)(?:落实)?$/;

/** A kind of body alone, which names none: the second half of `等部门和单位`. */
const BARE_COLLECTIVE = /^(?:部门|单位|机构|科室|处室)$/;

/** The marks a plan sets after a unit's name to give it a role its legend names (`市公安局*`, `带★的为牵头单位`). */
const UNIT_MARKS = '*＊★☆▲△※';

/** A name without the mark set after it: `市公安局*` → `市公安局`; `李*` (a person) is left. */
export function withoutUnitMark(name: string): string {
  let end = name.length;
  while (end > 0 && UNIT_MARKS.includes(name[end - 1]!)) end--;
  return end < name.length && end > 0 && endsLikeOrganization(name.slice(0, end)) ? name.slice(0, end) : name;
}

/** Whether a name ends like an organization: 局, 厅, 委, 政府, 公司, 学校 … (not a place, not 各…). */
export function endsLikeOrganization(name: string): boolean {
  return ORG_SUFFIX.test(withoutLineOfWork(withoutOtherName(foldTraditional(name))));
}

/** 镇农业农村办（海洋渔业） (黑岛 probe round 56): an office without the line of work it acts in, in brackets after it. */
function withoutLineOfWork(name: string): string {
  const qualified = name.endsWith(')') ? LINE_OF_WORK_AFTER.exec(name) : null;
  return qualified && ORG_SUFFIX.test(qualified[1]!) ? qualified[1]! : name;
}

/** Other names of two characters that are bodies: 行署, 公署 (most of two are places or words: (社区), (试行)). */
// 各学院（部）, 学生工作部（处） (江西农大 probe round 47): the kind of the body's other name alone
// 财政厅（局） (国务院 probe round 86): a province's department where another province calls it a bureau
const SHORT_OTHER_BODY = /^(?:行署|公署|政府|党委|管委|部|处|系|室|所|科|局|厅|委|办)$/;

/**
 * A unit without the other name it carries in brackets, an office it shares or houses:
 * `市城管局(市供热办)` → `市城管局`, `县委办(县政府办)` → `县委办`; other names are left alone.
 */
export function withoutOtherName(name: string): string {
  // `市发展改革委〔市粮食和储备局〕` (铜陵 probe round 52): 〔〕 is how a bracket inside a note's （） is written
  const square = name.endsWith('〕');
  if (!name.endsWith(')') && !square) return name;
  const open = name.lastIndexOf(square ? '〔' : '(');
  if (open < 2) return name;
  const main = name.slice(0, open);
  const other = name.slice(open + 1, -1);
  // 市民政局(社区) names where, not another office; 有关市（地）人民政府（行署）(黑龙江 probe round 32) is
  // the governments of cities and the offices of 地区 alike
  return ORG_SUFFIX.test(main) && (other.length >= 3 || SHORT_OTHER_BODY.test(other)) && (other.length === 1 || ORG_SUFFIX.test(other)) && !/(?:社区|街道|园区|基地)$/.test(other) ? main : name;
}

/** What a bracket after a unit says of the units it names: `（县公安局交警大队、县交通运输局指导）`. */
const BRACKETED_CLAUSE_ROLES = ['指导', '配合', '协助', '参与', '协办', '支持'];

/**
 * A bracket after a unit that names other units and their role is a clause of its own (会宁 probe
 * round 45: `各乡镇（县公安局交警大队、县交通运输局指导）` is 各乡镇, and 县公安局交警大队 and
 * 县交通运输局 supporting): `X(A、B指导)` reads as `X,A、B指导`. A bracket of a role alone (`(牵头)`),
 * or of another name (`(市人防办)`), stays.
 */
function unbracketClauses(body: string): string {
  let out = '';
  let from = 0;
  for (let open = body.indexOf('('); open >= 0; open = body.indexOf('(', open + 1)) {
    const close = body.indexOf(')', open);
    if (close < 0) break;
    const inside = body.slice(open + 1, close);
    const role = BRACKETED_CLAUSE_ROLES.find((word) => inside.endsWith(word));
    if (!role || open === 0 || inside.includes('(')) continue;
    const names = inside.slice(0, -role.length).split('、');
    if (!names.every((name) => name.length >= 3 && ORG_SUFFIX.test(name))) continue;
    out += `${body.slice(from, open)},${inside}`;
    from = close + 1;
  }
  return from === 0 ? body : out + body.slice(from);
}

/** A key under which two spellings of one unit in one task compare equal. */
export function unitKey(name: string): string {
  // names come width-folded from the reader, so folding traditional characters is enough (no NFKC);
  // 市政府办(市政务公开办) is 市政府办
  const folded = withoutOtherName(foldTraditional(name));
  return KEY_NOISE.test(folded) ? folded.replace(KEY_NOISE_ALL, '') : folded;
}

/** What two spellings of one unit may differ in: spaces and brackets. */
const KEY_NOISE = /[\s()（）【】〔〕〖〗[\]]/;
const KEY_NOISE_ALL = new RegExp(KEY_NOISE.source, 'g');

/**
 * Splits a unit list on 、 , ; (outside brackets), reads the role words, keeps compound actors whole.
 *
 *     readUnitList('自然资源服务科牵头、执法保障科、农业服务科等按职责分工负责', 'responsible', 'verb')
 *     // → 自然资源服务科 lead, 执法保障科 responsible, 农业服务科 responsible
 */
export function readUnitList(body: string, defaultRole: Role, mode: ListMode, phrases = true): UnitList {
  const list: UnitList = { units: [], ok: true, hasRoleWord: false, deadline: null, unknownWords: [], sameAsAbove: false, carriesDown: false };
  const units = list.units;
  let pending = 0; // units[pending..] wait for a role word
  const checked = new Set<string>(); // names already found to look like units
  const pieces = spreadSharedNames(splitListPieces(body.includes('(') ? unbracketClauses(body) : body));
  let clauseBrackets: boolean | null = null; // every clause ends with a bracketed role word: asked at the first such bracket
  let bracketedBefore = false; // a unit of the list had its own role in brackets
  // 各县市党委、政府负责日常监管 (铁岭 probe round 91): the bare government joining the committee before it, then what it sees to
  const governmentThenDuty = (name: string): RoleRead | null => {
    const duty = units.length > pending && name.includes('政府') ? GOVERNMENT_THEN_DUTY.exec(name) : null;
    return duty && joinsPrevious(units[units.length - 1]!.name, duty[1]!) ? { rest: duty[1]!, role: duty[2] === '牵头' ? 'lead' : 'responsible', division: false } : null;
  };
  const addPiece = (piece: string): void => {
    let name = LEADING_WORD.test(piece) ? piece.replace(LEADING_WORD, '').trim() : piece;
    if (name[0] === '同' && SAME_AS_ABOVE.test(name)) {
      list.sameAsAbove = true;
      return;
    }
    // 同第3项, 同第（三）项 (兰山, 赣州 probe round 42): the units of that task
    const item = name[0] === '同' ? SAME_AS_ITEM.exec(name) : null;
    if (item) {
      list.sameAsAbove = true;
      list.sameAsItem = parseChineseNumber(item[1]!);
      return;
    }
    if (name === '下同') {
      list.carriesDown = true;
      return;
    }
    if (FILLER_START.includes(name[0] ?? '') && FILLER.test(foldTraditional(name))) return;
    const unmarked = withoutUnitMark(name);
    const mark = unmarked === name ? null : name.slice(unmarked.length);
    name = unmarked;
    // 泉江镇、雩田镇、碧洲镇3个镇: the count of the places listed is no part of the last
    if (COUNT_TAIL.test(name)) name = name.replace(COUNT_TAIL, '') || name;
    // 大沙镇、土塘镇、春桥乡等7个乡镇人民政府 (都昌 probe round 67): the count stands between the last place and the office they share
    else if (name.includes('个')) name = name.replace(COUNT_BEFORE_OFFICE, '$1$2');
    name = withoutPerson(name);
    // 县住建局下属县城投公司 (湖南 probe round 35: `具体由X下属Y承办`): the body under the unit does it
    if (name.includes('下属')) name = underUnit(name);
    // 市政府分管副市长负责调度, 副市长李××牵头: a person who answers for the task is no unit
    if (PERSON.test(name) && !ORG_SUFFIX.test(withoutRole(name))) return;
    // 驻村干部 ends as a 部 does, but names persons (大窑, 芒川 probe round 51: `督导：包村领导、驻村干部`)
    if (POSTED_PERSONS.test(withoutRole(name))) return;
    // 县委常委、组织部部长王××牵头: a member of the standing committee is a post, no unit
    if (STANDING_COMMITTEE_MEMBER.test(withoutRole(name))) return;
    if (isTimeLimit(name) || (readDeadline(name) !== null && !ORG_SUFFIX.test(name))) {
      // 2024年起实施 says when the work starts, not by when it ends
      if (!name.includes('起')) list.deadline ??= readDeadline(name) ?? name.replace(/完成$/, '');
      return;
    }
    let role = readRoleSuffix(name) ?? (mode === 'strict' || !phrases ? null : readRolePhrase(name)) ?? governmentThenDuty(name);
    // 各区(市)政府负责本辖区组织实施: the first role word ends the name, what follows is what it does; so with no role word
    // after it (国务院 probe round 86: `各地区负责本地区清欠工作`)
    const object = role && role.rest.length > 4 ? ROLE_THEN_OBJECT.exec(role.rest) : role === null && name.length > 4 && (name.includes('负责') || name.includes('牵头')) ? ROLE_THEN_OBJECT.exec(name) : null;
    // …and a place, as a township is its government (西充 probe round 60: `晋城街道、莲池镇负责辖区内落实`)
    if (object && (endsLikeOrganization(object[1]!) || PLACE_SUFFIX.test(object[1]!) || object[1]!.endsWith('街道'))) role = { division: false, ...role, rest: object[1]!, role: object[2] === '牵头' ? 'lead' : 'responsible' };
    if (role) {
      name = role.rest;
      list.hasRoleWord = true;
    } else if (mode === 'verb' || mode === 'cell') {
      if (looksLikeUnit(name, mode)) {
        checked.add(name);
      } else {
        const cut = UNKNOWN_TAIL.exec(name);
        if (cut && looksLikeUnit(cut[1]!, 'strict')) {
          name = cut[1]!;
          list.unknownWords.push(cut[2]!);
        }
      }
    }
    const first = units.length;
    // `市发改委、市教育局等部门和单位按职责分工负责`: 单位 is the 等's collective, no unit; the role is the list's
    if (!BARE_COLLECTIVE.test(name)) {
      const etc = splitEtc(name);
      addUnit(units, pending, etc[0], defaultRole);
      if (etc[1] !== undefined) addUnit(units, pending, etc[1], defaultRole);
      if (mark !== null && units.length > first) units[units.length - 1]!.mark = mark.replace('＊', '*')[0];
    }
    if (!role) return;
    // 市委宣传部、市文旅局、市新闻出版局(牵头): the bracket marks its own unit only — unless every
    // clause of the list ends with one, each then the clause's (`市商务局(牵头);市供销社、市邮政管理局(配合)`),
    // or a unit before had its own (梅县 probe round 57: `各镇人民政府（牵头）、市生态环境局梅县分局、
    // 区住房城乡建设局、区农业农村局（配合）`, the three after the lead support)
    const own = role.own === true && !bracketedBefore && !(clauseBrackets ??= everyClauseBracketed(pieces));
    if (role.own === true) bracketedBefore = true;
    for (let i = own ? Math.max(pending, Math.min(first, units.length - 1)) : pending; i < units.length; i++) {
      const unit = units[i]!;
      unit.role = role.role;
      unit.division = role.division;
      unit.explicit = true;
      if (role.oversees) unit.oversees = true;
      if (role.supervises) unit.supervises = true;
    }
    pending = units.length;
  };
  let stated = false; // a clause has said its units' role
  // `X会同Y、Z负责`: X leads, and the units it brings in (from this index to the clause's end) support it
  let joinedFrom: number | null = null;
  const joined: ListedUnit[] = [];
  const endJoining = (): void => {
    if (joinedFrom !== null) append(joined, units.slice(joinedFrom));
    joinedFrom = null;
  };
  for (const { text, endsClause, comma } of pieces) {
    const together = splitTogetherWith(text);
    if (together) {
      endJoining();
      if (together.lead) for (const unit of splitConjunction(together.lead)) addPiece(unit);
      joinedFrom = units.length;
    }
    for (const unit of splitConjunction(together ? together.rest : text)) addPiece(unit);
    if (!endsClause) continue;
    endJoining();
    // 市发改委，市财政局配合: a comma or semicolon ends a clause, so 配合 does not reach back past it —
    // except to a clause of names alone after one that said its role, a comma written for a 、:
    // 省水利厅牵头，省财政厅，各地级以上市人民政府配合
    const roleSaid = pending === units.length;
    if (roleSaid || !comma || !stated) pending = units.length;
    stated ||= roleSaid && units.length > 0;
  }
  endJoining();
  for (const unit of joined) if (unit.role === 'responsible') unit.role = 'support';
  shareOffice(units);
  list.units = units.filter((unit) => unit.name.length > 0);
  // a park run as a body among offices (吉首 probe round 67: `（科学技术处、社会合作与校友工作处、湘大科技园）`) is one of them
  const amongOffices = (name: string): boolean => PARK_BODY.test(name) && list.units.some((unit) => endsLikeOrganization(unit.name));
  list.ok = (list.units.length > 0 || list.sameAsAbove) && list.units.every((unit) => unit.generic || checked.has(unit.name) || looksLikeUnit(unit.name, mode) || amongOffices(unit.name));
  return list;
}

/** The committees of a village, in or out of quotes: `“两委”`, `"两委"`. */
const TWO_COMMITTEES = /[“"]两委[”"]/g;
/** A named village's committees: `南阳村村“两委”`, `南阳村村委会`; the office the villages before it share. */
// …its 村 shared too (新铺 probe round 94: `黄坑村、同福村委会`, the first village's committee 黄坑村委会)
const VILLAGE_OFFICE = /^[\u4e00-\u9fa5]{1,8}村(村[“"]两委[”"]|村委会|村民委员会|党支部)$|^[\u4e00-\u9fa5]{1,8}?村(委会|民委员会)$/;
/** A village named bare: `杨花村`. */
const BARE_VILLAGE = /^[\u4e00-\u9fa5]{1,8}村$/;

/** A place named bare (`酒泉市`, `西陵区`, `城关镇`), and a place's office (`白银市人民政府`, `经开区管委会`). */
// 荆门高新区·掇刀区: one place of two names, parted by a middle dot
// a county of one character too: 新县, 息县 (光山 probe round 36: `光山县、新县、商城县人民政府`)
const BARE_PLACE = /^(?:[\u4e00-\u9fff·•・]{2,12}(省|市|州|盟|县|区|旗|镇|乡|街道)|(?![全本该各我外跨分])[\u4e00-\u9fff](县))$/;
const PLACE_OFFICE = /^[\u4e00-\u9fff·•・]{2,12}(省|市|州|盟|县|区|旗|镇|乡|街道)((?:人民)?政府|党委[、和]?(?:人民)?政府|党工委|管委会|办事处)$/;

/** A zone's kind of place before its committee: 管理区 in `西洞庭管理区管委会`. */
const ZONE_OFFICE = /(管理区|新区|开发区|试验区|示范区|高新区|经开区)(?:管委会|管理委员会)$/;

/** A place's own name without its level word: 郑州, 洛阳 (before `南阳市人民政府`). */
// …of two to four characters (广西 probe round 68: `防城港、百色、崇左市人民政府`, `马鞍山、淮北市人民政府`)
const BARE_NAME = /^(?![各全本该])[\u4e00-\u9fff]{1,3}[^警管办局委厅监税检法院队所站部科处]$/;

/** Places that stand alike in a list: provinces; cities, prefectures and counties (a county-level 市 beside 县 and 区); townships. */
const PLACE_TIER: Readonly<Record<string, number>> = { 省: 1, 市: 2, 州: 2, 盟: 2, 县: 2, 区: 2, 旗: 2, 镇: 3, 乡: 3, 街道: 3 };

/**
 * Places of one kind listed bare before the office they share take it, each its own:
 * `酒泉市、武威市、白银市人民政府` → 酒泉市人民政府, 武威市人民政府, 白银市人民政府; `仁怀市、习水县、
 * 播州区人民政府` likewise; in `弦山街道、官渡河产业集聚区管委会` the 街道 is no 区 and keeps its name.
 */
function shareOffice(units: ListedUnit[]): void {
  for (let j = 1; j < units.length; j++) {
    // 杨花村、南阳村村“两委” (大窑 probe round 51): the villages before it share the committees
    const village = VILLAGE_OFFICE.exec(units[j]!.name);
    if (village) {
      for (let i = j - 1; i >= 0 && BARE_VILLAGE.test(units[i]!.name); i--) units[i]!.name += village[1] ?? village[2];
      continue;
    }
    // 新洲区、黄陂区、东湖高新区人民政府（管委会） (武汉 probe round 69): the districts share the government, the zone has its committee
    const either = units[j]!.name.endsWith(')') ? GOVERNMENT_OR_COMMITTEE.exec(units[j]!.name) : null;
    if (either && BARE_PLACE.test(units[j - 1]!.name)) units[j]!.name = either[1]! + either[2]!;
    // 南充高新区、南充经开区、南充现代物流园管委会 (南充 probe round 88): the zones before a park's committee share it
    const park = PARK_COMMITTEE.exec(units[j]!.name);
    if (park) {
      for (let i = j - 1; i >= 0 && ZONE_NAME.test(units[i]!.name) && !units[i]!.generic && !units[i]!.name.startsWith('各'); i--) units[i]!.name += park[1];
      continue;
    }
    const government = PLACE_OFFICE.exec(units[j]!.name);
    // …and the districts before a district's bureau (株洲 probe round 91: `荷塘区、芦淞区、石峰区、天元区、渌口区住房和城乡建设局`),
    // each named with its level word (a bare `教育、` is a line of work, see spreadSharedNames)
    const office = government ?? PLACE_DEPARTMENT.exec(units[j]!.name);
    // 各县市区人民政府 is a group: its office is no one place's
    if (!office || units[j]!.name.startsWith('各')) continue;
    if (either && ZONE_NAME.test(either[1]!)) units[j]!.name = either[1]! + either[3]!;
    for (let i = j - 1; i >= 0; i--) {
      const name = units[i]!.name;
      // 郑州、洛阳、南阳市人民政府: a city's bare name of two characters takes the level word too; so does a
      // district's (十堰 probe round 45: `茅箭、张湾、郧阳区人民政府`) and a county's
      // …and so does a street's (旌阳 probe round 69: `旌阳、城北、城南…街道办事处`)
      if (government && (office[1] === '市' || office[1] === '区' || office[1] === '县' || office[1] === '街道') && BARE_NAME.test(name) && !/[省市盟县区旗镇乡]$/.test(name) && !units[i]!.generic && !ORG_SUFFIX.test(name)) {
        // 西湖、西洞庭管理区管委会 (常德 probe round 46): a zone's bare name takes the kind of zone too
        units[i]!.name += (ZONE_OFFICE.exec(units[j]!.name)?.[1] ?? office[1]!) + office[2]!;
        continue;
      }
      const bare = BARE_PLACE.exec(name);
      const place = bare ? [bare[0], bare[1] ?? bare[2]] : null;
      // 延吉市、延边朝鲜族自治州人民政府: a prefecture's government is no city's in it; 兵团第八师石河子市 is one body
      // 城关乡、东城街道办事处 (商水 probe round 74): a township has no 办事处, a street's office is none of its
      const acrossLevels = ((office[1] === '州' || office[1] === '盟') && place?.[1] !== office[1]) || (office[2] === '办事处' && place?.[1] !== '街道');
      if (!place || PLACE_TIER[place[1]!] !== PLACE_TIER[office[1]!] || acrossLevels || units[i]!.generic || name.startsWith('各') || /^(?:兵团|第.{1,3}师)/.test(name)) break;
      units[i]!.name += office[2];
    }
  }
}

/**
 * A county's or a district's bureau, the place named first: `渌口区住房和城乡建设局` (group 1 its level word, 2 the bureau). The
 * bureau's name holds no place of its own (`株洲市天元区住建局` is no city's bureau).
 */
const PLACE_DEPARTMENT = /^[\u4e00-\u9fff]{2,6}?(市|县|区|旗)((?![\u4e00-\u9fff]{2,12}[市县区旗])[\u4e00-\u9fff]{2,14}(?:局|委员会|委|办公室|中心))$/;

/** A place's government with a zone's committee in brackets for the zones among the places: `…人民政府（管委会）`. */
const GOVERNMENT_OR_COMMITTEE = /^(.{2,12}?)(人民政府|政府)\((管委会|管理委员会)\)$/;
/** A park's committee: `南充现代物流园管委会` (a zone named 园区 is a place, whose office {@link PLACE_OFFICE} reads). */
const PARK_COMMITTEE = /^[\u4e00-\u9fff]{2,12}园(管委会|管理委员会)$/;
/** A zone run by a committee, not a government: 东湖高新区, 经开区, 临空经济示范区. */
const ZONE_NAME = /(?:高新区|开发区|经开区|新区|园区|管理区|示范区|保税区|合作区|试验区)$/;

/** A station or a township after one character, which is the end of a place's name that a 和 or 及 opened: 顺供电所 of 和顺供电所, 平镇 of 和平镇. */
const ONE_CHARACTER_PLACE = /^(?![各全本该省市州县区旗乡镇村])[\u4e00-\u9fa5](?:供电所|供电局|派出所|司法所|财政所|税务所|卫生院|中心学校|中心小学|镇|乡|街道|社区|村)/;
const ONE_CHARACTER_TOWNSHIP = /^[\u4e00-\u9fa5](?:镇|乡|街道|社区|村)/;

/** `市城管局及各区政府负责` → [市城管局, 各区政府负责]; `住房和城乡建设厅`, `党委和政府` stay whole. */
function splitConjunction(piece: string): string[] {
  if (!/[和及与]/.test(piece)) return [piece];
  const parts: string[] = [];
  let start = 0;
  CONJUNCTION.lastIndex = 0;
  for (let match = CONJUNCTION.exec(piece); match; match = CONJUNCTION.exec(piece)) {
    const left = piece.slice(start, match.index);
    const right = piece.slice(match.index + match[0].length);
    const rightName = readRoleSuffix(right)?.rest ?? right;
    // 各管理区和功能区管委会 (probe round 44): zones of two kinds sharing the committee after them, one actor
    const sharesCommittee = left.endsWith('区') && /^[\u4e00-\u9fa5]{1,6}区(?:管委会|管理委员会)$/.test(rightName);
    // 各乡镇和市直部门: places before a body; 各自然资源和规划所 (枝江 probe round 51) is one kind of office named for two things
    const placesLeft = /^各.{0,3}(?:乡|镇|村|县|区|市|州|旗|街道|社区|镇街|园区)$/.test(left) && ORG_SUFFIX.test(rightName) && !sharesCommittee;
    // 国有林场和种苗管理司: one department of a ministry, named for two things it looks after (国家林草局 probe round 29)
    const oneDepartment = rightName.endsWith('司') && !left.endsWith('司') && !LEVEL_START.test(right);
    // 腾冲供电局和顺供电所 (和顺 probe round 61): one character before a township's station names no place, the 和 is the
    // place's, and the bureau's station one unit; 县住建局和平镇人民政府 is 县住建局 and 和平镇人民政府
    if (ONE_CHARACTER_PLACE.test(rightName)) {
      if (ORG_SUFFIX.test(left) && ONE_CHARACTER_TOWNSHIP.test(rightName)) {
        parts.push(left);
        start = match.index;
      }
      continue;
    }
    // 河东区人民政府和临沂高新区、临沂经开区管委会 (临沂 probe round 72): a place's office, then places that share the next one
    const nextPlaces = PLACE_OFFICE.test(left) && (BARE_PLACE.test(rightName) || ZONE_NAME.test(rightName));
    if ((ORG_SUFFIX.test(left) || isGenericUnit(left) || placesLeft) && !BARE_GOVERNMENT.test(rightName) && !oneDepartment && (LEVEL_START.test(right) || ORG_SUFFIX.test(rightName) || nextPlaces)) {
      parts.push(left);
      start = match.index + match[0].length;
    }
  }
  parts.push(piece.slice(start));
  return parts;
}

/** Adds a unit, or joins it to the one before when together they are one compound actor. */
function addUnit(units: ListedUnit[], pending: number, name: string, role: Role): void {
  const previous = units.length > pending ? units[units.length - 1] : undefined;
  if (previous && joinsPrevious(previous.name, name)) {
    previous.name = `${previous.name}、${name}`;
    previous.generic = isGenericUnit(previous.name);
    return;
  }
  units.push({ name, role, generic: isGenericUnit(name), division: false, explicit: false });
}

/** A bracketed role word ending a clause: `(牵头)`, `（配合）`. */
const CLAUSE_BRACKET = new RegExp(`[(（](?:${BRACKETED_WORDS})[)）]\\s*$`);

/**
 * Whether a list has two clauses or more (its pieces as {@link splitListPieces} parts them), each
 * ending with a role word in brackets: `市商务局、市文旅广体局(牵头),芦淞区政府、炎陵县政府(承办)` (株洲 probe
 * round 21) gives each clause's units its role.
 */
function everyClauseBracketed(pieces: readonly ListPiece[]): boolean {
  let clauses = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (!piece.endsClause && i < pieces.length - 1) continue;
    if (!CLAUSE_BRACKET.test(foldTraditional(piece.text))) return false;
    clauses++;
  }
  return clauses >= 2;
}

/** A piece's role as read from its words, and the name before them. */
interface RoleRead {
  rest: string;
  role: Role;
  /** The role came from 按职责分工负责. */
  division: boolean;
  /** Support by overseeing (负责督导, 负责指导): the unit's own task where no one else does it. */
  oversees?: boolean;
  /** The role word says only that the unit supervises: 督办, 跟踪督办, 督查, 监督. */
  supervises?: boolean;
  /** The role is the piece's own, in brackets after its name (`市新闻出版局(牵头)`): the names before it keep theirs. */
  own?: boolean;
}

/** Role words are short: only a fragment's tail is searched, so a long fragment costs no more. */
const ROLE_TAIL = 24;

/** The last characters role words end with: most pieces of a list end with none of them. */
const ROLE_LAST = new Set([...'头责实施办担合助与同导促督筹抓位门调进总持作加好任体障金费度草地素批)）'].map((ch) => ch.charCodeAt(0)));

function readRoleSuffix(name: string): RoleRead | null {
  if (!ROLE_LAST.has(foldCode(name.charCodeAt(name.length - 1)))) return null;
  const from = Math.max(0, name.length - ROLE_TAIL);
  const match = ROLE_SUFFIX.exec(foldTraditional(name.slice(from)));
  if (!match) return null;
  match.index += from;
  // 市目督办 (广元 probe round 70): the office for the targets' supervision (目标督查办), whose name ends in 督办
  if (match[0].startsWith('督办') && name[match.index - 1] === '目') return null;
  const [, , labelWord, bracketed, lead, responsible] = match;
  const role: Role =
    labelWord !== undefined ? (labelWord === '牵头' ? 'lead' : labelWord === '责任' ? 'responsible' : 'support')
      : bracketed !== undefined ? BRACKETED_ROLE[bracketed]!
        : lead !== undefined ? 'lead' : responsible !== undefined ? 'responsible' : 'support';
  const division = responsible !== undefined && /职|分工/.test(responsible);
  const oversees = role === 'support' && /负责(?:加强)?(?:指导|督导|督促|监督|督办)/.test(match[0]);
  const supervises = SUPERVISES.test(match[0]);
  return { rest: name.slice(0, match.index).trim(), role, division, oversees, ...(supervises ? { supervises } : {}), ...(bracketed !== undefined && !/分别|共同|联合/.test(match[0]) ? { own: true } : {}) };
}

/**
 * A unit, then what it does, where the role word opens a short phrase rather than ending the piece:
 * `市财政局做好资金保障`, `市财政局负责资金保障`, `市住建局牵头实施`, `市水利局配合做好相关工作`,
 * `市教育局分别负责职业技能等级认定和院校培养工作`. The
 * unit must name its place and end like an organization (`企业负责日常运营` is no such unit).
 */
const ROLE_PHRASE = new RegExp(
  // a place by its level word, or a zone by its name (西海岸新区消防救援大队负责新区范围内检查)
  `^((?:${LEVEL_START.source.slice(4, -1)}|[\u4e00-\u9fa5]{2,4}?(?:新区|开发区|高新区|经开区)).{1,28}?${ORG_SUFFIX.source.slice(0, -1)})` +
    '(?:具体|切实|认真|全力|分别|共同)?(牵头|负责|配合|协助|参与|支持|指导|督促|做好|抓好|落实|给予|提供|保障)([\u4e00-\u9fa5“”]{1,20})$',
);

/**
 * A name, a role word, and where the unit does it: `各区(市)政府负责本辖区`, left by a role word at
 * the end (`…组织实施`). Only a place: `领导小组负责统筹推进各项任务落实` says what a body does, no note.
 */
const ROLE_THEN_OBJECT = /^(.{2,30}?)(负责|牵头)((?:本|辖区|区域|范围|属地)[\u4e00-\u9fa5]{0,8})$/;

/** A word of {@link ROLE_PHRASE} must be in the piece: most pieces are names alone. */
const ROLE_PHRASE_WORD = /牵头|负责|配合|协助|参与|支持|指导|督促|做好|抓好|落实|给予|提供|保障/;

function readRolePhrase(name: string): RoleRead | null {
  if (name.length < 5 || name.length > 44 || !ROLE_PHRASE_WORD.test(name)) return null;
  const match = ROLE_PHRASE.exec(foldTraditional(name));
  // (市住建局负责的项目除外) describes things, it assigns nothing
  if (!match || match[3]!.includes('的') || match[3]!.includes('除外')) return null;
  const word = match[2]!;
  // 市财政局给予经费保障, 市财政局提供资金保障, 市财政局做好资金保障 (泰安 probe round 18): who supports the work with means
  // …and 县财政局保障资金 (西吉 probe round 58)
  const role: Role = word === '牵头' ? 'lead' : /配合|协助|参与|支持|指导|督促|给予|提供|保障/.test(word) || /保障(?:工作)?$/.test(match[3]!) ? 'support' : 'responsible';
  return { rest: name.slice(0, match[1]!.length), role, division: false };
}

/** The words a time limit is written with, longest first: `2024年6月底前完成`, `三季度`, `全年推进`, `2024年6月—12月`. */
const TIME_WORDS = [
  '常态化', '上半年', '下半年', '每季度', '以前', '之前', '上旬', '中旬', '下旬', '季度', '年底', '年末', '年初', '年中', '年内',
  '全年', '每年', '每月', '元月', '长期', '常年', '持续', '坚持', '推进', '开展', '完成', '落实', '定期', '逐步', '启动', '实施', '分年度', '分阶段',
  // a season or an event the time is set by: 2023年9月开学前落实, 汛期前完成 (宁陵, 永丰 probe round 24)
  '开学', '汛期', '汛', '春节', '国庆', '供暖季', '采暖季',
  '前', '底', '末', '初', '内', '起', '至', '到', '年', '月', '日', '季', '每', '第', '—', '–', '-', '~', '〜',
];
/** What makes those words a time: a year, month or quarter, or a standing time (长期, 持续, 定期). */
const TIME_CORE = /年|月|季|长期|持续|定期|常态化|常年/;
const NUMERALS = '0123456789〇○零一二三四五六七八九十';

/** Whether a piece of a note is a time limit and nothing else: `年底前完成`, `2024年内完成`, `每季度`, `持续推进`. */
export function isTimeLimit(piece: string): boolean {
  if (piece.length > 20 || !TIME_CORE.test(piece)) return false;
  // 每季度开展一次, 按季度, 逐月推进, 2024年起每年开展一次检查: how often, then what is done then
  if (CADENCE.test(piece) && !ORG_SUFFIX.test(piece) && !/负责|牵头|配合|协助|参与/.test(piece)) return true;
  let digits = 0;
  for (let i = 0; i < piece.length; ) {
    if (NUMERALS.includes(piece[i]!)) {
      digits++;
      i++;
      continue;
    }
    const word = TIME_WORDS.find((candidate) => piece.startsWith(candidate, i));
    if (word === undefined) {
      // 每季度末报送进展: a time and what is due then
      if (i === 0 || !REPORT_DUE.test(piece.slice(i))) return false;
      return digits > 0 || STANDING_TIME.test(piece.slice(0, i));
    }
    i += word.length;
  }
  // 推进年 says no time: a time needs a number (6月, 三季度) or a word that is one (年底, 全年, 长期)
  return digits > 0 || STANDING_TIME.test(piece);
}

/** How often a thing is done, and a few words of what: `每半年开展一次`, `按季度`, `逐月推进`. */
const CADENCE = /^(?:(?:19|20)\d{2}年(?:起|开始)?)?(?:每|按|逐)(?:年度?|半年|个?季度|季|个?月|月度|周|旬)[\u4e00-\u9fa5]{0,10}$/;

const STANDING_TIME = /年底|年末|年初|年中|年内|全年|每|季度|半年|元月|长期|常年|持续|定期|常态化/;

/** What a time limit may say is due then: a report of progress. */
const REPORT_DUE = /^(?:报送|上报|报告|报)(?:工作)?(?:进展|进度|情况|总结)?(?:情况)?$/;

/**
 * `省发展改革委会同省财政厅负责` → 省发展改革委牵头 | 省财政厅负责: 会同 (or 联合) names the lead first,
 * and the units it brings in support it; `会同省财政厅负责` after the lead's clause has no lead of its own.
 */
function splitTogetherWith(piece: string): { lead: string | null; rest: string } | null {
  if (!piece.includes('同') && !piece.includes('联合')) return null;
  const folded = foldTraditional(piece);
  let at = folded.indexOf('会同');
  // 会同县, 怀化市生态环境局会同分局 (probe round 47): a county's name, no 会同
  if (at >= 0 && (folded.startsWith('分局', at + 2) || (at === 0 && folded.startsWith('县', at + 2)))) at = -1;
  // `省农业农村厅联合省林草局负责` (河北 probe round 35) as 会同; `X、Y联合负责` and `联合牵头` say how, not with whom
  if (at < 0) {
    at = folded.indexOf('联合');
    if (at <= 0 || !LEVEL_START.test(folded.slice(at + 2))) return null;
  }
  return { lead: at === 0 ? null : `${piece.slice(0, at)}牵头`, rest: piece.slice(at + 2) };
}

/** The body a unit has under it, named after 下属: `县住建局下属县城投公司` → 县城投公司. */
function underUnit(name: string): string {
  const at = name.indexOf('下属');
  const body = name.slice(at + 2).replace(/^的/, '');
  return at >= 2 && endsLikeOrganization(name.slice(0, at)) && body.length >= 2 && endsLikeOrganization(body) ? body : name;
}

/** `民政办公室等有关部门` → [民政办公室, 有关部门]; `省交通运输厅、省财政厅等` → [省财政厅]. */
function splitEtc(name: string): [string] | [string, string] {
  const at = name.lastIndexOf('等');
  if (at < 0) return [name];
  const head = name.slice(0, at).trim();
  const tail = name.slice(at + 1).trim();
  if (!head) return [name];
  // 市发改委等10个部门: the count names no unit
  if (tail === '' || /^(?:\d+个|[一二三四五六七八九十]+个)?(?:部门|单位|科室|处室)$/.test(tail)) return [head];
  // 望松街道等沿溪乡镇(街道), 关庙镇等9个沿河乡镇: the places named stand; the rest are described, not named
  if (PLACES_DESCRIBED.test(tail)) return [head];
  // 湖南建设投资集团有限责任公司等省属企业 (湖南, 河南, 成都 probe round 69): the kind of the company named, a level's own
  if (LEVEL_OWNED.test(tail)) return [head];
  // 南宁市自来水有限责任公司等专营单位: the kind of the units named (有关专营单位 would be others of the kind)
  if (!/有关|相关|各|其他|其它/.test(tail) && UNITS_DESCRIBED.test(tail) && !namesItsPlace(tail)) return [head];
  if (isGenericUnit(tail)) return [head, tail];
  // 南宁市自来水有限责任公司等专营单位 (青秀 probe round 57): the kind of the units named, no unit of its own
  if (UNITS_DESCRIBED.test(tail) && !namesItsPlace(tail)) return [head];
  return [name];
}

/** A level's own companies, described after 等: 省属企业, 省管企业, 市属国有企业. */
const LEVEL_OWNED = /^[省市州县区](?:属|管)(?:国有)?(?:企业|国企)$/;

/** Units of a kind described after 等, none named: 专营单位, 管线单位, 供水企业, 公用事业单位. */
const UNITS_DESCRIBED = /^[\u4e00-\u9fa5]{1,6}(?:单位|企业)$/;

/** Places of a kind as a group, and a kind of place named bare after one: 各街道 then 镇. */
// 各乡镇（场）、街道 (安福 probe round 37): the farms among the townships
const PLACE_GROUP = /^各(?:乡|镇|乡镇|街道|镇街|村|社区|园区)(?:\([^()]{1,4}\))?$/;
const PLACES_PARTY = /^各(?:社区|村|村\(社区\)|社区\(村\))党(?:委|组织|支部|总支)$/;
const PLACES_COMMITTEE = /^(?:居委会|村委会|居民委员会|村民委员会|村\(居\)委会|居\(村\)委会)$/;
const PLACE_KIND = /^(?:乡|镇|乡镇|街道|镇街|村|社区|园区)(?:\([^()]{1,4}\))?$/;

/** The offices of a kind of place as a group (各街道办事处), and such an office named bare after them (镇人民政府). */
const PLACE_BODIES = /^各(?:街道|乡镇|镇|乡)(?:办事处|人民政府|政府)$/;
const PLACE_KIND_BODY = /^(?:街道|乡镇|镇|乡)(?:办事处|人民政府|政府)$/;
/** The body of another kind or level of places in a group: `街道办事处` of `沿河各镇人民政府、街道办事处`, `市政府` of `有关区、市政府`. */
const PLACE_LEVEL_BODY = /^(?:街道|乡镇|镇|乡|市|区|县)(?:办事处|人民政府|政府|党委)$/;
/** The places where something is, with their body: `…所在市县人民政府`, `项目所在地政府`, `所在乡镇`. */
const PLACES_WHERE = /所在地?(?:省|市|州|县|区|乡|镇|乡镇|街道|镇街|村|社区|市县|县市|县区|县市区|(?:县|市|乡镇)\([^()]{1,6}\))?(?:人民政府|政府|党委|党委和政府|管委会|办事处|村委会)?$/;
/** What a group of places opens with: `沿河各镇…`, `有关区、市政府`. */
const GROUP_OPENING = /^各?(?:有关|相关|沿)/;

/** Places described after 等, not named: 沿溪乡镇(街道), 9个沿河乡镇, 其他村. */
const PLACES_DESCRIBED = /^(?:\d+个|[一二三四五六七八九十]+个)?[\u4e00-\u9fa5]{0,4}(?:乡镇|街道|镇街|村|社区|团场|连队)(?:[(（〔](?:乡镇|街道|镇)[)）〕])?$/;

/**
 * Keeps compound actors whole: `市、县级党委、政府` splits into 市 | 县级党委 | 政府, which join back;
 * `州委、州政府` stays two units because 州政府 names its own level.
 */
function joinsPrevious(previous: string, name: string): boolean {
  const folded = foldTraditional(previous);
  if (PLACE_ONLY.test(folded) || (BARE_GOVERNMENT.test(name) && folded.endsWith('委'))) return true;
  // 中直、区直驻百色有关单位: the central and the region's units in the city, one group
  if ((folded === '中直' || folded === '中央') && /^(?:省|区|自治区)直?驻/.test(name)) return true;
  // 各市、州 then 县人民政府: places listed one by one before the office they share; zones named among them before their
  // government (河南 probe round 85: `各省辖市、济源示范区、航空港区人民政府`)
  if (folded.includes('、') && folded.split('、').every((place, i) => PLACE_ONLY.test(place) || (i > 0 && NAMED_ZONE.test(place) && /政府$/.test(name)))) return true;
  // 各镇人民政府、街道办事处, 各县市区人民政府、开发区管委会: one 各 for both (for all: 各县区政府、管理区、开发区)
  if (BODY_OF_EACH.test(foldTraditional(name)) && namesOfList(folded).every((part, i) => (i === 0 ? PLACES_GOVERNMENT : BODY_OF_EACH).test(part))) return true;
  // 各社区党委、居委会 (大石 probe round 84): the places' party committees and their residents' committees, one group
  if (PLACES_PARTY.test(folded) && PLACES_COMMITTEE.test(name)) return true;
  // 各街道、镇, 各乡镇、街道: one group of places (江北 probe round 24)
  if (PLACE_GROUP.test(folded) && PLACE_KIND.test(foldTraditional(name))) return true;
  // 各子公司、分公司 (赣江 probe round 43): one group of a company's branches; 各学校、幼儿园, 各临床科室、医技科室,
  // 各乡镇卫生院、社区卫生服务中心 (沅陵, 岳阳, 平江 probe round 67): the 各 carries on to institutions of a kind, one group
  if (folded.startsWith('各') && INSTITUTION_KIND.test(name) && namesOfList(folded).every((part, i) => INSTITUTION_KIND.test(i === 0 ? part.slice(1) : part))) return true;
  // 各街道办事处、镇人民政府 (兰山 probe round 42): the 各 carries on to the townships' governments; so does 属地
  // (吴兴 probe round 51: `属地镇人民政府、街道办事处`, wherever the work is)
  // (吴兴 probe round 51: `属地镇人民政府、街道办事处`, wherever the work is), and a river's (浏阳 probe round 61: `沿河各镇人民政府、街道办事处`)
  const each = folded.startsWith('属地') ? `各${folded.slice(2)}` : ALONG.test(folded) ? folded.replace(ALONG, '各') : folded;
  if (each.startsWith('各') && PLACE_BODIES.test(each) && PLACE_KIND_BODY.test(foldTraditional(name))) return true;
  if (PLACES_IN_BRACKETS.test(folded) && GOVERNING_BODY.test(name)) return true;
  // 省委、省政府各相关部门: the offices of both, one placeholder
  return /^[省市州县区乡镇]委$/.test(folded) && name.startsWith(folded[0]!) && /^.(?:人民)?政府各/.test(name) && isGenericUnit(name);
}

/** Institutions a place has many of, named by their kind: 学校, 幼儿园, 乡镇卫生院, 医技科室, 分公司. */
const INSTITUTION_KIND = /^(?:(?:中小|中|小|初级中|高级中|职业|中心|民办|公办)?学校?|中小学|小学|中学|高中|幼儿园|(?:乡镇|乡|镇|社区|村)?(?:\([^()]{1,6}\))?卫生院|(?:社区)?卫生服务(?:中心|站)|(?:临床|医技|职能|行政|业务|护理)?科室|病区|护理单元|(?:二级)?学院|院系|医院|医疗机构|子公司|分公司|中心校|教学点)$/;

/** What a group of places along a line opens with: 沿河各, 沿线, 沿江. */
const ALONG = /^沿[线黄江淮湖库河海边路]各?/;

/** The names of a compound actor, parted by its 、 outside brackets: 各县(市、区)人民政府 | 开发区管委会. */
function namesOfList(list: string): string[] {
  const names: string[] = [];
  let [depth, start] = [0, 0];
  for (let i = 0; i < list.length; i++) {
    const char = list[i];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '、' && depth === 0) {
      names.push(list.slice(start, i));
      start = i + 1;
    }
  }
  names.push(list.slice(start));
  return names;
}

/** A piece of a unit list and whether a clause ends after it (， ; rather than 、). */
export interface ListPiece {
  text: string;
  endsClause: boolean;
  /** The clause ends with a comma (， ,), not a semicolon. */
  comma?: boolean;
}

/**
 * Splits a list on 、 / and spaces (within a clause) and on , ， ; ； (between clauses), outside
 * brackets, dropping empty pieces.
 */
/** The office word a list's last name ends with, which the bare functions before it share: 局, 部门, 委 …. */
const SHARED_OFFICE = /^(.*?)(等)?(部门|局|委|办|所|厅|中心|站)$/;
/** A place word opening a list's first name, which the bare functions after it share (`市场监管` opens with none). */
const SHARED_PLACE = /^(?:县委|市委|区委|省|市(?!场)|州|县|区(?!域)|镇|乡(?!村)|旗|盟)/;
/** A place named bare (`城关镇`, `严塘村`), no function: 农业农村 is one. */
const LISTED_PLACE = /(?:[县市区旗盟州省镇乡]|(?<!农)村)$/;
/** A function named bare, without its office: 发改, 财政, 农业农村, 市场监管. */
const BARE_FUNCTION = /^[\u4e00-\u9fa5]{2,8}$/;

/**
 * Functions listed bare before the office word they share, under the place of the first
 * (安福, 十堰 probe round 45): `县发改、财政、住建局` is 县发改局, 县财政局, 县住建局; `市公安、市场监管、消防救援等部门`
 * is 市公安部门, 市市场监管部门, 市消防救援部门; `发改、财政、自然资源等部门` 发改部门, 财政部门, 自然资源部门. Runs of
 * names parted by 、 only; every name but the last must be bare (no office of its own, no group).
 */
function spreadSharedNames(pieces: ListPiece[]): ListPiece[] {
  let from = 0;
  for (let i = 0; i < pieces.length; i++) {
    if (!pieces[i]!.endsClause && i < pieces.length - 1) continue;
    if (i > from) spreadRun(pieces, from, i);
    from = i + 1;
  }
  return pieces;
}

function spreadRun(pieces: ListPiece[], start: number, to: number): void {
  // the bare names right before the last: most lists name every unit in full, and are known at the one before the last
  // (依汶 probe round 84: `供电所、移动、联通、电信依汶支局配合`, the run after the full name)
  let from = to;
  while (from > start && isBareFunction(pieces[from - 1]!.text, true)) from--;
  if (from === to) return;
  const last = pieces[to]!.text;
  const place = SHARED_PLACE.exec(pieces[from]!.text)?.[0] ?? '';
  // each bare name takes what the list's last name shares, and the place of the first
  const spread = (shared: string): void => {
    for (let k = from; k < to; k++) pieces[k] = { ...pieces[k]!, text: `${k === from ? '' : place}${pieces[k]!.text}${shared}` };
  };
  let named = readRoleSuffix(last)?.rest ?? last;
  // the telecom carriers named by brand before the one written in full (`移动、联通、电信依汶支局`, `县移动、联通、电信公司`): each
  // brand with the office and place the full one has after its brand
  const carrier = CARRIER_BRAND.exec(named);
  if (carrier && pieces.slice(from, to).every((piece, k) => CARRIER_BRAND_ALONE.test(k === 0 ? piece.text.replace(SHARED_PLACE, '') : piece.text))) {
    spread(carrier[2]!);
    if (!SHARED_PLACE.test(last)) pieces[to] = { ...pieces[to]!, text: `${place}${last}` };
    return;
  }
  let tail = last.slice(named.length);
  // `自然资源等部门按职责分工负责`: the role words begin with 等部门, whose office the list shares
  const others = /^等(部门|单位)/.exec(tail);
  if (others) [named, tail] = [named + others[1], tail.slice(others[0].length)];
  // `区民政、财政局和各街道办事处配合` (金水 probe round 47): the list's office ends before the body joined by 和
  const joined = /^(.{2,12}?(?:部门|局|委|办|所|厅|中心|站))(?:和|及|以及)(?=各|.{2,16}(?:政府|办事处|管委会)$)/.exec(named);
  if (joined) [named, tail] = [joined[1]!, last.slice(joined[1]!.length)];
  const shared = SHARED_OFFICE.exec(named);
  if (!shared || shared[1]!.length < 2) return;
  const office = shared[3]!;
  spread(office);
  // the last name takes the place too, and loses the 等 (`消防救援等部门` of the list is 消防救援部门)
  const own = SHARED_PLACE.test(named) ? '' : place;
  pieces[to] = { ...pieces[to]!, text: `${own}${shared[1]}${office}${tail}` };
}

/** A telecom carrier's office named brand first: `电信依汶支局`, `联通公司` (group 2 what follows the brand). */
const CARRIER_BRAND = /^(移动|联通|电信|铁塔|广电)([\u4e00-\u9fa5]{0,8}(?:公司|分公司|支局|营业部|分局))$/;
const CARRIER_BRAND_ALONE = /^(?:移动|联通|电信|铁塔|广电)$/;

/** A function named bare in a list (`发改`, `财政`; the first with its place, `县发改`), no full name, reference or place. */
function isBareFunction(text: string, first: boolean): boolean {
  // 人社 (人力资源和社会保障) ends as a 社 does, but names no body
  // 延吉机场 is a place, no line of work to share 局 with the name after it
  if (text.length > 10 || text.startsWith('各') || (endsLikeOrganization(text) && !text.endsWith('人社')) || text.endsWith('机场')) return false;
  const bare = first ? text.replace(SHARED_PLACE, '') : text;
  // 同上、县水利局: a reference to the units above, no function
  return BARE_FUNCTION.test(bare) && !/[局委厅部办处]/.test(bare) && !SAME_AS_ABOVE.test(text) && text !== '下同' && !FILLER.test(text) &&
    readRoleSuffix(text) === null && !isGenericUnit(text) && !LISTED_PLACE.test(text);
}

/** A person's name alone from `at` to the next separator: `胡建军`, `陈××`. */
function personFollows(body: string, at: number): boolean {
  let end = at;
  while (end < body.length && end - at <= 4 && !'、/ ,，;；'.includes(body[end]!)) end++;
  return PERSON_ALONE.test(body.slice(at, end));
}

const PERSON_ALONE = new RegExp(`^(?:${PERSON_NAME})$`);

export function splitListPieces(body: string): ListPiece[] {
  const pieces: ListPiece[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number, endsClause: boolean, comma = false): void => {
    let text = body.slice(start, end).trim();
    if (text.endsWith('。') || text.endsWith('.')) text = trimEndWhere(text, (code) => code === 0x3002 || code === 0x2e);
    if (text) pieces.push(comma ? { text, endsClause, comma } : { text, endsClause });
    else if (endsClause && pieces.length > 0) Object.assign(pieces[pieces.length - 1]!, comma ? { endsClause, comma } : { endsClause });
  };
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (isOpener(code)) depth++;
    else if (isCloser(code) && depth > 0) depth--;
    else if (depth > 0) continue;
    // 、 / and a space kept between units list; , ， ; ； end a clause
    else if (code === 0x3001 || code === 0x2f || code === 0x20) {
      // `市工信局 胡建军` (a 责任人 after his unit, 江西 probe round 65): the person stays with the unit, which drops him
      if (code === 0x20 && personFollows(body, i + 1) && ORG_SUFFIX.test(body.slice(start, i).trim())) continue;
      push(i, false);
      start = i + 1;
    } else if (code === 0x2c || code === 0xff0c || code === 0x3b || code === 0xff1b) {
      push(i, true, code === 0x2c || code === 0xff0c);
      start = i + 1;
    }
  }
  push(body.length, false);
  return pieces;
}
