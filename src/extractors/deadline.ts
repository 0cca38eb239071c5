/** Deadlines (完成时限) in notes and task text: `2025年8月底前`, `2022年底前`, `每年12月底前`, `4月底前`. */

// A date with 前 / 以前 / 之前: the usual way a plan sets a deadline inside a task.
//     > | 2025年8月底前完成历史文化名镇、名村保护规划编制工作
//         ^^^^^^^^^^^^^
// …or a month of the plan's own year, no year written (as county plans mostly set them, 西吉 probe round 58):
//     > | 4月底前完成春季集中清洁
const DEADLINE =
  /(?:(?:19|20)\d{2}年|每年|年内)(?:\d{1,2}月|[一二三四五六七八九十]{1,3}月)?(?:年底|年末|\d{1,2}日|底|末|上旬|中旬|下旬|中)?(?:以前|之前|前)|(?<![\d年月〇零一二三四五六七八九十])(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}日|底|末|上旬|中旬|下旬|中)?(?:以前|之前|前)/g;

/** A year before any plan we read sets deadlines (the 2010s on). */
const PAST_YEAR = /^(?:19\d{2}|200\d)年/;
/** What had been done by a date, which describes what it was done to: 建成, 竣工, 登记 …. */
const DONE_BY = /^(?:建成|竣工|建设|修建|建造|成立|注册|登记|出生|投用|投产|交付)/;

/**
 * The first deadline written in a text, or null.
 *
 *     readDeadline('2025年8月底前完成历史文化名镇保护规划编制工作') // → '2025年8月底前'
 */
export function readDeadline(text: string): string | null {
  if (!text.includes('前')) return null; // every deadline ends in 前 / 以前 / 之前
  DEADLINE.lastIndex = 0;
  for (let match = DEADLINE.exec(text); match; match = DEADLINE.exec(text)) {
    // 2000年底前建成的老旧小区 describes things, it sets no deadline; so does a year long past before
    // what was done by it (摸排2000年底前建成、需改造的… , 62b probe round)
    // …nor one of what was registered by it (如皋 probe round 87: `2018年4月30日前注册登记的新能源乘用车`)
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 6);
    if (/^[^,，。;；]{0,5}的/.test(after) || (PAST_YEAR.test(match[0]) && DONE_BY.test(after))) continue;
    return match[0];
  }
  return null;
}
