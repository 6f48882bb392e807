/** What the CLI itself says (usage errors, summaries), in Vietnamese and English; both complete by type. */
import type { Language } from '../diagnostics/messages.js';

type Text = (...args: string[]) => string;

const VI = {
  badPeriod: (value) =>
    `Kỳ báo cáo \`${value}\` không hợp lệ. Dùng: 2024, 2024-H1, 2024-Q2, 2024-9M, 2024-06, current hoặc previous.`,
  badDate: (option, value) => `${option}: \`${value}\` không phải ngày có thật dạng YYYY-MM-DD.`,
  badFormat: (value) =>
    `Định dạng \`${value}\` không hỗ trợ. Dùng md, json, xlsx (cách nhau bởi dấu phẩy).`,
  badLang: (value) => `Ngôn ngữ \`${value}\` không hỗ trợ. Dùng vi hoặc en.`,
  badReporter: (value) => `Kiểu báo lỗi \`${value}\` không hỗ trợ. Dùng text, json hoặc github.`,
  badNumber: (option, value) => `${option}: \`${value}\` phải là một số dương.`,
  badKind: (value) =>
    `--period-kind \`${value}\` không hỗ trợ. Dùng month, quarter, half, nine-months hoặc year.`,
  noDataFolder: (folder) =>
    `Không tìm thấy thư mục dữ liệu \`${folder}\`. Chỉ định bằng --data DIR, hoặc tạo mới bằng \`dx-report init\`.`,
  noTemplate: (file) => `Không đọc được mẫu báo cáo \`${file}\`.`,
  badTemplate: (file, detail) => `Mẫu báo cáo \`${file}\` có lỗi: ${detail}`,
  outInsideData: (out) =>
    `Thư mục --out \`${out}\` trỏ (qua liên kết) vào trong thư mục dữ liệu; hãy chọn thư mục khác.`,
  clean: (files) => `Dữ liệu hợp lệ: ${files} tệp, không có lỗi.`,
  invalid: (counts) => `Dữ liệu có lỗi (${counts}); không ghi báo cáo nào.`,
  dataErrors: (counts) => `Dữ liệu có lỗi: ${counts}.`,
  strictFail: (counts) => `Có cảnh báo (${counts}) và đang dùng --strict.`,
  strictInvalid: (counts) =>
    `Có cảnh báo (${counts}) và đang dùng --strict; không ghi báo cáo nào.`,
  wrote: (file, size) => `Đã ghi ${file} (${size})`,
  wouldWrite: (file, size) => `Sẽ ghi ${file} (${size}) — chạy thử, không ghi tệp`,
  initDone: (folder) =>
    `Đã tạo bộ dữ liệu mẫu tại ${folder}. Chạy: dx-report validate --data ${folder}`,
  initExists: (file) => `\`${file}\` đã tồn tại; dx-report init không ghi đè. Chọn thư mục khác.`,
  schemaDone: (count, folder) => `Đã ghi ${count} tệp JSON Schema vào ${folder}`,
  unexpected: (detail) =>
    `Lỗi ngoài dự kiến: ${detail}. Chạy lại với --debug để xem chi tiết, và báo lỗi này cho nhóm phát triển.`,
  ioError: (detail) => `Lỗi đọc/ghi tệp: ${detail}. Chạy lại với --debug để xem chi tiết.`,
  reading: (done, total) => `Đang đọc dữ liệu: ${done}/${total} tệp`,
  checking: (total) => `Đang kiểm tra ${total} tệp…`,
} satisfies Record<string, Text>;

const EN: Record<keyof typeof VI, Text> = {
  badPeriod: (value) =>
    `\`${value}\` is not a period code. Use 2024, 2024-H1, 2024-Q2, 2024-9M, 2024-06, current or previous.`,
  badDate: (option, value) => `${option}: \`${value}\` is not a real date in YYYY-MM-DD form.`,
  badFormat: (value) =>
    `Format \`${value}\` is not supported. Use md, json, xlsx (comma-separated).`,
  badLang: (value) => `Language \`${value}\` is not supported. Use vi or en.`,
  badReporter: (value) => `Reporter \`${value}\` is not supported. Use text, json or github.`,
  badNumber: (option, value) => `${option}: \`${value}\` must be a positive number.`,
  badKind: (value) =>
    `--period-kind \`${value}\` is not supported. Use month, quarter, half, nine-months or year.`,
  noDataFolder: (folder) =>
    `Data folder \`${folder}\` not found. Pass --data DIR, or create one with \`dx-report init\`.`,
  noTemplate: (file) => `Cannot read the template \`${file}\`.`,
  badTemplate: (file, detail) => `Template \`${file}\` has an error: ${detail}`,
  outInsideData: (out) =>
    `--out \`${out}\` leads (through a link) into the data folder; choose another folder.`,
  clean: (files) => `The dataset is valid: ${files} files, no errors.`,
  invalid: (counts) => `The dataset has errors (${counts}); no report was written.`,
  dataErrors: (counts) => `The dataset has errors: ${counts}.`,
  strictFail: (counts) => `There are warnings (${counts}) and --strict is on.`,
  strictInvalid: (counts) =>
    `There are warnings (${counts}) and --strict is on; no report was written.`,
  wrote: (file, size) => `Wrote ${file} (${size})`,
  wouldWrite: (file, size) => `Would write ${file} (${size}) — dry run, nothing written`,
  initDone: (folder) =>
    `Created a starter dataset in ${folder}. Next: dx-report validate --data ${folder}`,
  initExists: (file) =>
    `\`${file}\` already exists; dx-report init does not overwrite. Choose another folder.`,
  schemaDone: (count, folder) => `Wrote ${count} JSON Schema files to ${folder}`,
  unexpected: (detail) =>
    `Unexpected failure: ${detail}. Run again with --debug for details, and report it to the developers.`,
  ioError: (detail) => `File I/O error: ${detail}. Run again with --debug for details.`,
  reading: (done, total) => `Reading the dataset: ${done}/${total} files`,
  checking: (total) => `Checking ${total} files…`,
};

export type MessageKey = keyof typeof VI;

export function say(language: Language, key: MessageKey, ...args: string[]): string {
  return (language === 'vi' ? VI : EN)[key](...args);
}

/** A usage error (exit 2): bad flags, a missing folder, an unreadable template. */
export class UsageError extends Error {
  readonly key: MessageKey;
  readonly args: string[];
  constructor(key: MessageKey, ...args: string[]) {
    super(`${key}: ${args.join(' ')}`);
    this.key = key;
    this.args = args;
  }
}
