/** What the CLI itself says (outcomes, summaries), in Vietnamese and English; both complete by type. Usage errors: errors/usage-messages.ts. */
import type { Language } from '../diagnostics/messages.js';
import { visibleText } from '../diagnostics/visible-text.js';

type Text = (...args: string[]) => string;

const VI = {
  clean: (files) => `Dữ liệu hợp lệ: ${files} tệp, không có lỗi.`,
  invalid: (counts) => `Dữ liệu có lỗi (${counts}); không ghi báo cáo nào.`,
  dataErrors: (counts) => `Dữ liệu có lỗi: ${counts}.`,
  strictFail: (counts) => `Có cảnh báo (${counts}) và đang dùng --strict.`,
  strictInvalid: (counts) =>
    `Có cảnh báo (${counts}) và đang dùng --strict; không ghi báo cáo nào.`,
  wrote: (file, size) => `Đã ghi ${file} (${size})`,
  nothingToRemind: () => 'Mọi đơn vị đã gửi đủ báo cáo: không có công văn đôn đốc nào để ghi.',
  wouldWrite: (file, size) => `Sẽ ghi ${file} (${size}) — chạy thử, không ghi tệp`,
  initDone: (folder) =>
    `Đã tạo bộ dữ liệu mẫu tại ${folder}. Chạy: dx-report validate --data ${folder}`,
  schemaDone: (count, folder) => `Đã ghi ${count} tệp JSON Schema vào ${folder}`,
  referenceDocxDone: (file) =>
    `Đã ghi ${file}: sửa kiểu (style) trong Word hoặc LibreOffice, rồi dùng --docx-reference ${file}`,
  unexpected: (detail) =>
    `Lỗi ngoài dự kiến: ${detail}. Chạy lại với --debug để xem chi tiết, và báo lỗi này cho nhóm phát triển.`,
  ioError: (detail) => `Lỗi đọc/ghi tệp: ${detail}. Chạy lại với --debug để xem chi tiết.`,
  reportTooLarge: (format) =>
    `Báo cáo ${format} quá lớn để tạo (vượt độ dài văn bản tối đa của Node.js, khoảng 512 triệu ký tự). Hãy chọn định dạng khác hoặc chia bộ dữ liệu.`,
  outputLocked: (folder, holder, lock) =>
    `Một lần chạy dx-report khác (${holder}) đang ghi báo cáo vào \`${folder}\`; hãy chờ nó xong rồi chạy lại. Nếu chắc chắn không còn lần chạy nào, xóa tệp \`${lock}\`.`,
  reading: (done, total) => `Đang đọc dữ liệu: ${done}/${total} tệp`,
  checking: (total) => `Đang kiểm tra ${total} tệp…`,
  jobsIgnored: (value) =>
    `--jobs ${value} được bỏ qua: dx-report đọc dữ liệu trên một luồng (thêm luồng không nhanh hơn). Hãy bỏ --jobs khỏi lệnh.`,
} satisfies Record<string, Text>;

const EN: Record<keyof typeof VI, Text> = {
  clean: (files) => `The dataset is valid: ${files} files, no errors.`,
  invalid: (counts) => `The dataset has errors (${counts}); no report was written.`,
  dataErrors: (counts) => `The dataset has errors: ${counts}.`,
  strictFail: (counts) => `There are warnings (${counts}) and --strict is on.`,
  strictInvalid: (counts) =>
    `There are warnings (${counts}) and --strict is on; no report was written.`,
  wrote: (file, size) => `Wrote ${file} (${size})`,
  nothingToRemind: () => 'Every unit has sent everything: there is no reminder to write.',
  wouldWrite: (file, size) => `Would write ${file} (${size}) — dry run, nothing written`,
  initDone: (folder) =>
    `Created a starter dataset in ${folder}. Next: dx-report validate --data ${folder}`,
  schemaDone: (count, folder) => `Wrote ${count} JSON Schema files to ${folder}`,
  referenceDocxDone: (file) =>
    `Wrote ${file}: change its styles in Word or LibreOffice, then pass --docx-reference ${file}`,
  unexpected: (detail) =>
    `Unexpected failure: ${detail}. Run again with --debug for details, and report it to the developers.`,
  ioError: (detail) => `File I/O error: ${detail}. Run again with --debug for details.`,
  reportTooLarge: (format) =>
    `The ${format} report is too large to make (past Node.js's longest text, about 512 million characters). Choose another format, or split the dataset.`,
  outputLocked: (folder, holder, lock) =>
    `Another dx-report run (${holder}) is writing reports into \`${folder}\`; wait for it to finish, then run again. If you are sure none is running, delete \`${lock}\`.`,
  reading: (done, total) => `Reading the dataset: ${done}/${total} files`,
  checking: (total) => `Checking ${total} files…`,
  jobsIgnored: (value) =>
    `--jobs ${value} is ignored: dx-report reads the dataset on one thread (more threads saved no time). Remove --jobs from the command.`,
};

export type MessageKey = keyof typeof VI;

/** A message of the CLI; its values (paths, an error's text) are shown on one line, every control character visible. */
export function say(language: Language, key: MessageKey, ...args: string[]): string {
  return (language === 'vi' ? VI : EN)[key](...args.map((arg) => visibleText(String(arg))));
}
