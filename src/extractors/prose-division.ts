/**
 * A division of work written in a task's prose (`由县住建局牵头，县财政局配合，完成…`), where the
 * plan marks its other notes: read only in its strong forms.
 */
import { foldTraditional } from './fold.js';
import { NO_SPANS, type NoteFinder, type NoteSpan } from './find-notes.js';

/**
 * The units a task's prose divides its work among (see {@link assignments}), as note spans of the
 * text as written (traditional characters read as simplified ones: `由市發展改革局牽頭` divides the
 * work as `由市发展改革局牵头` does); none where the prose names no division.
 */
export function proseDivision(text: string, finder: NoteFinder): readonly NoteSpan[] {
  const simplified = foldTraditional(text);
  return MAY_ASSIGN.test(simplified) || leadsAndShares(simplified) ? assignments(finder.subjectNotes(text), simplified) : NO_SPANS;
}

/**
 * What a division of work in prose cannot do without (see {@link assignments}): a lead's or a
 * responsible unit's role word and a supporting one after it, or 由 and a role word; tasks without
 * them are not read clause by clause.
 */
// …or a helper naming the unit it helps (`市大数据局配合市住建局完成…`, 衢州 probe round 65)
const MAY_ASSIGN = /(?:牵头|负责|落实)[^。;；]{0,60}?(?:配合|协助|参与|协同|会同|指导|做好资金保障|做好经费保障|提供资金保障|保障资金|保障经费)|由[^,，。;；]{2,40}?(?:牵头|负责|承担|会同|落实)|(?:配合|协助)[省市州县区旗]/;

/** `X牵头，Y、Z等按职责分工负责`: a lead and, in the same sentence after it, the others' shared duty (a search, not a pattern that backtracks). */
function leadsAndShares(text: string): boolean {
  for (let lead = text.indexOf('牵头'); lead >= 0; lead = text.indexOf('牵头', lead + 2)) {
    const shared = text.indexOf('分工负责', lead + 2);
    if (shared < 0) return false;
    if (shared - lead <= 80 && !/[。;；]/.test(text.slice(lead, shared))) return true;
  }
  return false;
}

/**
 * The units a task's prose names where the plan marks its notes: only the strong forms, a division
 * of work (`由县住建局牵头，县财政局配合，完成…`, `县市场监管局牵头，会同县商务局，…`, `X牵头，Y等按职责分工负责`) or a clause opened by
 * 由 (`由县农业农村局负责`); a safeguard's bare subject (`领导小组负责统筹协调`) names no unit of a task.
 */
function assignments(spans: NoteSpan[], text: string): NoteSpan[] {
  const written = spans.map((span) => text.slice(span.start, span.end)).join('');
  // `X会同有关部门建立…` alone is how a safeguard says who keeps it going, not a task's division of
  // work; `市文明办会同市委督查室、市政府督查室，…` names who does it with whom (清河 probe round 21)
  const units = spans.flatMap((span) => span.note.units);
  const divided = /牵头|配合|协助|参与|协同|会同|指导/.test(written) && units.some((unit) => unit.role === 'support' && !unit.generic) && units.some((unit) => unit.role !== 'support');
  // `X牵头，Y、Z等按职责分工负责` in a plan whose other tasks have bracketed notes (攸县 probe round 27)
  const shared = written.includes('分工') && units.some((unit) => unit.role === 'lead' && !unit.generic) && units.some((unit) => unit.role === 'responsible');
  // the span of `由X牵头` starts at its units, after the 由
  const byWhom = spans.some((span) => text[span.start - 1] === '由' || /^[,，]?由/.test(text.slice(span.start, span.start + 2)));
  return divided || shared || byWhom ? spans : [];
}
