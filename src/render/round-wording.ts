/**
 * The words of a collection round (spec § rounds.yaml), shared by the
 * terminal board, its workbook, the briefing and the reminder letter: the
 * names of the states and parts, and the totals sentence. Plain text; each
 * printer escapes for its medium.
 */
import type { RoundState, RoundTotals } from '../compute/round-status.js';
import type { RoundPart } from '../model/types.js';
import { numberStyle } from './number-style.js';
import { capitalFirst } from './wording.js';

type Language = 'vi' | 'en';

export const ROUND_STATE_WORDS: Record<Language, Record<RoundState, string>> = {
  vi: {
    'on-time': 'đúng hạn',
    late: 'muộn',
    missing: 'chưa gửi',
    'not-yet-due': 'chưa đến hạn',
    'not-expected': 'không phải gửi',
  },
  en: {
    'on-time': 'on time',
    late: 'late',
    missing: 'missing',
    'not-yet-due': 'not yet due',
    'not-expected': 'not expected',
  },
};

/** The parts as column headings. */
export const ROUND_PART_HEADINGS: Record<Language, Record<RoundPart, string>> = {
  vi: { updates: 'Tiến độ NV', indicators: 'Số liệu CT', assessment: 'Tự đánh giá' },
  en: { updates: 'Updates', indicators: 'Indicators', assessment: 'Assessment' },
};

/** The parts as a letter names what a unit still owes. */
export const ROUND_PART_OWED: Record<RoundPart, string> = {
  updates: 'báo cáo tiến độ thực hiện nhiệm vụ',
  indicators: 'số liệu chỉ tiêu',
  assessment: 'kết quả tự đánh giá chuyển đổi số',
};

/** What a unit still owes, as a table cell says it: "Báo cáo tiến độ thực hiện nhiệm vụ; kết quả tự đánh giá chuyển đổi số". */
export function owedCell(parts: readonly RoundPart[]): string {
  return capitalFirst(parts.map((part) => ROUND_PART_OWED[part]).join('; '));
}

/**
 * "Đã gửi 118/145 đơn vị (81,4%), đúng hạn 96, muộn 22; chưa gửi 27." —
 * with "(chưa đến hạn)" when the deadline has not passed.
 */
export function roundTotalsSentence(totals: RoundTotals, language: Language): string {
  const n = numberStyle(language);
  const [counts, percent] = [n.counts(totals.sentRatio), n.percent(totals.sentRatio)];
  if (language === 'en') {
    const waiting = totals.notYetDue > 0 ? ` (${n.integer(totals.notYetDue)} not yet due)` : '';
    return `Sent ${counts} units (${percent}), on time ${n.integer(totals.onTime)}, late ${n.integer(totals.late)}; not sent ${n.integer(totals.notSent)}${waiting}.`;
  }
  const waiting = totals.notYetDue > 0 ? ` (${n.integer(totals.notYetDue)} chưa đến hạn)` : '';
  return `Đã gửi ${counts} đơn vị (${percent}), đúng hạn ${n.integer(totals.onTime)}, muộn ${n.integer(totals.late)}; chưa gửi ${n.integer(totals.notSent)}${waiting}.`;
}
