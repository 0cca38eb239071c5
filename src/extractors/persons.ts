/**
 * Persons named in brackets after a unit — its head, the one who answers for it — which are no
 * part of the unit's name: `县住建局（局长 李××）`, `县财政局（何平）`, `各乡镇人民政府（乡镇长）`.
 */

/** A bracket: `(市)`, `（局长 李××）`. */
const BRACKET = /[(（]([^()（）]{1,40})[)）]/g;

/** A title, with a name after it or not: 局长 李××, 副县长王××, 责任人:李明, 乡镇长. */
const TITLED = /^(?:常务|分管|主要)?(?:党组|党委|党工委)?副?(?:(?:[省市县区乡镇村]级|各级)?(?:总)?(?:河|湖|林|田|路)长|书记|局长|主任|县长|市长|区长|州长|旗长|乡镇长|镇长|乡长|部长|厅长|处长|科长|股长|所长|站长|队长|大队长|院长|校长|主席|总经理|经理|董事长|行长|组长|政委|负责人|责任人)[:：]?(?:[\u4e00-\u9fff][\u4e00-\u9fff×xX*＊○〇]{0,3})?$/;
/** A character of every title's end ({@link TITLED}) and of every placeholder name: 记 长 任 席 理 委 人, × 某 …. */
const PERSON_CHAR = /[记长任席理委人×xX*＊○〇某]/;
/** A name written with placeholders, as published lists do: 李××, 张某. */
const PLACEHOLDER_NAME = /^[\u4e00-\u9fff]{1,2}(?:[×xX*＊○〇]{1,3}|某{1,2})$/;

/** The common surnames: what a person's name written in full opens with. */
const SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝']);
/** Characters a name of a place or a body holds and a person's seldom does: `(高新区)`, `(金融办)`, `(林场)` are no persons. */
const NO_PERSON_CHARS = /[局委办室院所部厅心司站队会社府组场园区县市镇乡村街道省州旗盟厂校行]/;
/** What an office's name ends with, where a head's title opens it: 校长办公室, 院长办. */
const OFFICE_END = /(?:办公室|办|室|处|部|中心|科|股)$/;
/** What a unit's name ends with: a bracket of bare names after it names its persons. */
const UNIT_END = /[局委办室院所部厅心司站队会社府组处科股馆团行]$/;

/** A person's name written in full, with nothing else: 何平, 孙志刚. */
function isFullName(piece: string): boolean {
  return piece.length >= 2 && piece.length <= 3 && SURNAMES.has(piece[0]!) && /^[\u4e00-\u9fff]+$/.test(piece) && !NO_PERSON_CHARS.test(piece.slice(1));
}

/**
 * Whether a bracket names persons, not a unit (h27 整改清单, 望江 probe round 21): each piece a
 * title with or without a name, a name written with placeholders, a name after a bare title, or
 * — right after a unit's name (`afterUnit`) — a name written in full.
 *
 *     > | 县住建局（局长 李××）、县财政局（何平）、各乡镇人民政府（乡镇长）
 *                 ^^^^^^^^^^^^           ^^^^^^                 ^^^^^^^^
 */
export function isPersons(inner: string, afterUnit = false): boolean {
  const pieces = inner.split(/[、,，;；\s]+/).filter(Boolean);
  // 党委办公室（校长办公室）, （院长办公室）, （总经理办公室） (江淮 probe round 43): an office named after its head, no person
  if (pieces.some((piece) => OFFICE_END.test(piece))) return false;
  if (afterUnit && pieces.length > 0 && pieces.every(isFullName)) return true;
  // the first piece ends a title (书记, 局长, 主任, 负责人 …) or holds a placeholder: without one, only an empty bracket passes
  if (!PERSON_CHAR.test(inner)) return pieces.length === 0;
  let afterTitle = false;
  return pieces.every((piece) => {
    const named = TITLED.test(piece) || PLACEHOLDER_NAME.test(piece) || (afterTitle && /^[\u4e00-\u9fff]{2,3}$/.test(piece));
    // a title alone (局长): its name may follow as the next piece (局长 李明)
    afterTitle = TITLED.test(piece) && /(?:书记|长|主任|主席|经理|政委|人)[:：]?$/.test(piece);
    return named;
  });
}

/** Where the text's brackets naming persons are: `[at, end)` of each, brackets included. */
export function personBrackets(text: string): Array<{ at: number; end: number }> {
  const found: Array<{ at: number; end: number }> = [];
  BRACKET.lastIndex = 0;
  for (let bracket = BRACKET.exec(text); bracket; bracket = BRACKET.exec(text)) {
    if (isPersons(bracket[1]!, UNIT_END.test(text.slice(Math.max(0, bracket.index - 1), bracket.index)))) found.push({ at: bracket.index, end: bracket.index + bracket[0].length });
  }
  return found;
}

/** A cell with its brackets naming persons dropped: 县住建局（局长 李××） → 县住建局, 县财政局（何平） → 县财政局. */
export function withoutPersonBrackets(cell: string): string {
  // the cell as it is, unless a bracket names persons: most brackets keep their units' places (各县(市))
  const brackets = personBrackets(cell);
  if (brackets.length === 0) return cell;
  let kept = '';
  let end = 0;
  for (const { at, end: after } of brackets) {
    kept += cell.slice(end, at);
    end = after;
  }
  return kept + cell.slice(end);
}
