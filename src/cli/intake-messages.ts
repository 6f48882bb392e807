/** What `dx-report intake` says, in Vietnamese and English; both complete by type. */
import type { Language } from '../diagnostics/messages.js';
import { visibleText } from '../diagnostics/visible-text.js';
import { formatDateInText } from '../render/format-vi.js';

type Text = (...args: string[]) => string;

const VI = {
  made: (count, folder) => `Đã lập ${count} biểu mẫu trong ${folder}`,
  noneExpected: (period) =>
    `Không có cơ quan nào phải báo cáo kỳ ${period}; không lập biểu mẫu nào.`,
  submittedToday: (day) =>
    `Ngày nhận ghi vào tệp: ${formatDateInText(day)} (hôm nay; dùng --submitted để ghi ngày khác).`,
  submittedGiven: (day) => `Ngày nhận ghi vào tệp: ${formatDateInText(day)} (--submitted).`,
  imported: (file, agency, written) => `${file}: đã nhập (${agency}) → ${written}`,
  replaced: (file, agency, before) =>
    `${file}: đã nhập (${agency}), thay cho biểu mẫu đã nhập trước đó (${before})`,
  unchanged: (file, agency) => `${file}: đã nhập trước đó (${agency}), không có gì thay đổi`,
  wouldImport: (file, agency, written) =>
    `${file}: hợp lệ (${agency}) → ${written} — chạy thử, không ghi tệp`,
  empty: (file, agency) =>
    `${file}: đã nhận biểu mẫu của ${agency} nhưng chưa điền ô nào; không ghi gì (biểu mẫu trống không tính là đã gửi)`,
  refused: (file, count) => `${file}: trả lại, ${count} lỗi; không ghi gì cho cơ quan này`,
  returnSheet: (file) => `  Phiếu trả lại: ${file}`,
  summary: (received, imported, refused) =>
    `Tổng hợp: nhận ${received} tệp, nhập ${imported}, trả lại ${refused}.`,
  summaryBlank: (received, imported, blank, refused) =>
    `Tổng hợp: nhận ${received} tệp, nhập ${imported}, chưa điền ${blank}, trả lại ${refused}.`,
  silent: (count, list) => `Chưa gửi (${count}): ${list}`,
  blankForm: (agency) => `${agency} (biểu mẫu trống)`,
  silentNone: () => 'Mọi cơ quan đã lập biểu mẫu đều đã gửi.',
} satisfies Record<string, Text>;

const EN: Record<keyof typeof VI, Text> = {
  made: (count, folder) => `Made ${count} forms in ${folder}`,
  noneExpected: (period) => `No agency reports for ${period}; no form made.`,
  submittedToday: (day) => `Received on: ${day} (today; use --submitted for another day).`,
  submittedGiven: (day) => `Received on: ${day} (--submitted).`,
  imported: (file, agency, written) => `${file}: imported (${agency}) → ${written}`,
  replaced: (file, agency, before) =>
    `${file}: imported (${agency}), replacing the form imported before (${before})`,
  unchanged: (file, agency) => `${file}: imported before (${agency}), nothing changed`,
  wouldImport: (file, agency, written) =>
    `${file}: valid (${agency}) → ${written} — dry run, nothing written`,
  empty: (file, agency) =>
    `${file}: received the form of ${agency} with no cell filled; nothing written (a blank form does not count as sent)`,
  refused: (file, count) => `${file}: returned, ${count} errors; nothing written for this agency`,
  returnSheet: (file) => `  Return sheet: ${file}`,
  summary: (received, imported, refused) =>
    `Summary: received ${received} files, imported ${imported}, returned ${refused}.`,
  summaryBlank: (received, imported, blank, refused) =>
    `Summary: received ${received} files, imported ${imported}, blank ${blank}, returned ${refused}.`,
  silent: (count, list) => `Not sent (${count}): ${list}`,
  blankForm: (agency) => `${agency} (blank form)`,
  silentNone: () => 'Every agency a form was made for has sent it.',
};

export type IntakeMessage = keyof typeof VI;

export function sayIntake(language: Language, key: IntakeMessage, ...args: string[]): string {
  return (language === 'vi' ? VI : EN)[key](...args.map((arg) => visibleText(String(arg))));
}
