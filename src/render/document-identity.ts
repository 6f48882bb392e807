/**
 * The words that identify the briefing as a document (Nghị định 30/2020,
 * Phụ lục I): the number line, the "Kính gửi:" lines, the signer's lines, the
 * "Nơi nhận:" list and the appendix's "(Kèm theo …)" line. Plain text, shared
 * by the Markdown, Word and Excel renderers, so they read the same; each
 * renderer makes it safe for its medium.
 */
import type { DocumentInfo, ReportModel, SignerInfo } from '../compute/report-model.js';
import { formatDateLong } from './format-vi.js';

/** What is left for the document system to fill when the office gives no number ("Số:      /BC-BCĐ"). */
export const BLANK_NUMBER = ' '.repeat(5);

/** Vietnamese capitals, as NĐ 30 prints bodies and signer lines: "Trưởng Ban" → "TRƯỞNG BAN". */
export function upperVi(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}

/** Text without the punctuation it ends with (before a renderer adds its own ";" or "."). */
export function withoutEndPunctuation(text: string): string {
  return text.trim().replace(/[\s.;,:]+$/u, '');
}

/**
 * The number and ký hiệu: "125/BC-BCĐ"; numbers below 10 take a leading zero
 * ("07/BC-BCĐ"); without a number, blank spaces before the slash for the
 * office's document system ("     /BC-BCĐ").
 */
export function documentReference(document: DocumentInfo): string {
  const number = document.number === null ? BLANK_NUMBER : String(document.number).padStart(2, '0');
  return `${number}/${document.symbol}`;
}

/** The number line under the issuing body: "Số: 125/BC-BCĐ", or "Số:      /BC-BCĐ". */
export function numberLine(document: DocumentInfo): string {
  return `Số: ${documentReference(document)}`;
}

/**
 * The "Kính gửi:" lines: one addressee on the line itself ("Kính gửi: Ủy ban
 * nhân dân tỉnh."); several as a list after it, each "- …;", the last ending
 * in ".". No addressee: no line.
 */
export function addresseeLines(
  addressees: readonly string[],
): { lead: string; items: string[] } | null {
  if (addressees.length === 0) return null;
  if (addressees.length === 1)
    return { lead: `Kính gửi: ${withoutEndPunctuation(addressees[0] ?? '')}.`, items: [] };
  return { lead: 'Kính gửi:', items: listLines(addressees) };
}

/** A list as NĐ 30 writes recipients: "- …;" per line, the last ending in ".". */
export function listLines(items: readonly string[]): string[] {
  return items.map(
    (item, index) => `- ${withoutEndPunctuation(item)}${index === items.length - 1 ? '.' : ';'}`,
  );
}

/**
 * The signer's block, top to bottom: above the signature space the authority
 * (TM./KT./…) and the title, below it the position and the name. Authority,
 * title and position in capitals; the name as written.
 */
export function signerLines(signer: SignerInfo): { above: string[]; below: string[] } {
  const above = [...signer.authority, signer.title].map(upperVi);
  const position = signer.position === null ? [] : [upperVi(signer.position)];
  return { above, below: [...position, signer.name] };
}

/**
 * The day of the date line: "ngày 30 tháng 6 năm 2024" when `--date` gave it;
 * else the day and month left blank for the document system, as the number
 * is: "ngày      tháng      năm 2024" (the year of the briefing's day).
 */
export function dateLineDate(model: Pick<ReportModel, 'reportDate' | 'dated'>): string {
  if (model.dated) return formatDateLong(model.reportDate);
  return `ngày${BLANK_NUMBER} tháng${BLANK_NUMBER} năm ${model.reportDate.slice(0, 4)}`;
}

/**
 * The appendix's reference to the briefing: "(Kèm theo Báo cáo số 125/BC-BCĐ
 * ngày 30 tháng 6 năm 2024 của Ban Chỉ đạo …)" when the document has a number
 * line; without one, by its title and period, as the briefing names itself.
 */
export function attachmentLine(model: ReportModel): string {
  if (model.document === null) return `(Kèm theo Báo cáo ${model.title} ${model.period.label})`;
  const date = dateLineDate(model);
  return `(Kèm theo Báo cáo số ${documentReference(model.document)} ${date} của ${model.organization.name})`;
}
