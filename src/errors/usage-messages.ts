/**
 * The words of the usage errors (known-errors.ts UsageError), in Vietnamese
 * and English, both complete by type. Like diagnostics, a usage error is a
 * code from this closed list with the values its message needs; the sentence
 * is written in the user's language where it is shown (`describeUsage`), and
 * in English as the error's `message`, for library users.
 */
import type { Language } from '../diagnostics/messages.js';
import { visibleText } from '../diagnostics/visible-text.js';
import type { DocxReferenceProblem, ExpectedKind, ZipDamage } from './known-errors.js';

type Text = (...args: string[]) => string;

/**
 * Why a --docx-reference cannot be used (known-errors.ts DocxReferenceError), in each language;
 * `detail` as the reason gives it, `part` the part of the package at fault.
 */
type ReferenceText = (detail: string, part: string) => string;
const VI_REFERENCE_PROBLEMS: Readonly<Record<string, ReferenceText>> = {
  'not-zip': () => 'không phải tệp .docx: không phải tệp nén ZIP',
  damaged: (why, part) => `tệp nén ZIP hỏng: ${VI_ZIP_DAMAGE[why]?.(part) ?? why}`,
  'too-many-entries': () => `tệp nén có hơn ${MAX_ENTRIES_TEXT.vi} mục`,
  'not-word': () => 'không phải tài liệu Word có kiểu: thiếu word/styles.xml',
  'no-styles': () => 'word/styles.xml không có kiểu nào',
  'too-large': (_, part) => `${part} lớn hơn 8 MB`,
  unsafe: (_, part) => `${part} khai báo DTD hoặc thực thể (entity)`,
  'bad-xml': (where, part) => `${part} không phải XML hợp lệ, ở dòng:cột ${where}`,
  'wrong-root': (name, part) =>
    `phần tử gốc của ${part} là <${name}>, không phải <${PART_ROOTS[part] ?? ''}>`,
  'too-deep': (where, part) => `${part} lồng nhau quá 64 cấp, ở dòng:cột ${where}`,
  'bad-page': () =>
    'khổ giấy hoặc lề trang (w:pgSz, w:pgMar trong word/document.xml) không để lại chỗ cho nội dung',
} satisfies Record<DocxReferenceProblem, ReferenceText>;
const EN_REFERENCE_PROBLEMS: Readonly<Record<string, ReferenceText>> = {
  'not-zip': () => 'not a .docx file: not a ZIP archive',
  damaged: (why, part) => `a damaged ZIP archive: ${EN_ZIP_DAMAGE[why]?.(part) ?? why}`,
  'too-many-entries': () => `the archive has more than ${MAX_ENTRIES_TEXT.en} entries`,
  'not-word': () => 'not a Word document with styles: no word/styles.xml',
  'no-styles': () => 'word/styles.xml holds no styles',
  'too-large': (_, part) => `${part} is larger than 8 MB`,
  unsafe: (_, part) => `${part} declares a DTD or entities`,
  'bad-xml': (where, part) => `${part} is not well-formed XML, at line:column ${where}`,
  'wrong-root': (name, part) =>
    `the root element of ${part} is <${name}>, not <${PART_ROOTS[part] ?? ''}>`,
  'too-deep': (where, part) => `${part} nests more than 64 levels, at line:column ${where}`,
  'bad-page': () =>
    'its page size or margins (w:pgSz, w:pgMar in word/document.xml) leave no room for the text',
} satisfies Record<DocxReferenceProblem, ReferenceText>;
/** The root element each part read from a reference document must have. */
const PART_ROOTS: Readonly<Record<string, string>> = {
  'word/styles.xml': 'w:styles',
  'word/document.xml': 'w:document',
};
const VI_ZIP_DAMAGE: Readonly<Record<string, (part: string) => string>> = {
  'past-end': () => 'một mục nằm ngoài phạm vi tệp',
  'duplicate-name': () => 'hai mục cùng một tên',
  'size-mismatch': () => 'dữ liệu giải nén khác kích thước đã khai báo',
  zip64: () => 'định dạng ZIP64, tài liệu Word không dùng',
  encrypted: (part) => `${part} bị mã hóa`,
  method: (part) => `${part} nén bằng phương pháp Word không dùng`,
} satisfies Record<ZipDamage, (part: string) => string>;
const EN_ZIP_DAMAGE: Readonly<Record<string, (part: string) => string>> = {
  'past-end': () => 'an entry lies outside the file',
  'duplicate-name': () => 'two entries have one name',
  'size-mismatch': () => 'an entry inflates to other than its declared size',
  zip64: () => 'ZIP64, which Word documents do not use',
  encrypted: (part) => `${part} is encrypted`,
  method: (part) => `${part} is compressed by a method Word does not use`,
} satisfies Record<ZipDamage, (part: string) => string>;
/** MAX_REFERENCE_ENTRIES (render/docx/reference-zip.ts) as each language groups it. */
const MAX_ENTRIES_TEXT = { vi: '10.000', en: '10,000' };

/** What a helper expected, in words (known-errors.ts ExpectedKind). */
const KIND_VI: Readonly<Record<string, string>> = {
  ratio: 'một tỷ lệ {numerator, denominator}',
  number: 'một số',
  roman: 'một số nguyên từ 1 đến 3999',
  text: 'một chuỗi văn bản',
  agency: 'mã một cơ quan',
  agencies: 'một danh sách mã cơ quan',
  index: 'phần chỉ số (index)',
  indicators: 'phần chỉ tiêu (indicators)',
  target: 'một mục tiêu {value, by, plan}',
  figures: 'số liệu nhiệm vụ (totals, figures)',
  list: 'một danh sách',
  deadline: 'một thời hạn',
  document: 'phần số, ký hiệu văn bản (document) {symbol, number}',
  word: 'một mã trạng thái của mô hình',
  field: 'tên một trường của các phần tử trong danh sách',
  data: 'một giá trị của mô hình báo cáo (không phải hàm)',
  date: 'một ngày có thật dạng YYYY-MM-DD',
} satisfies Record<ExpectedKind, string>;
const KIND_EN: Readonly<Record<string, string>> = {
  ratio: 'a ratio {numerator, denominator}',
  number: 'a number',
  roman: 'a whole number from 1 to 3999',
  text: 'a text',
  agency: 'an agency id',
  agencies: 'a list of agency ids',
  index: 'the index section (index)',
  indicators: 'the indicator section (indicators)',
  target: 'a target {value, by, plan}',
  figures: 'task figures (totals, figures)',
  list: 'a list',
  deadline: 'a deadline',
  document: 'the document’s number and symbol (document) {symbol, number}',
  word: 'one of the model’s status codes',
  field: 'the name of a field of the list’s items',
  data: 'a value of the report model (not a function)',
  date: 'a real day written YYYY-MM-DD',
} satisfies Record<ExpectedKind, string>;
const didYouMeanVi = (suggestion: string) =>
  suggestion ? ` Có phải ý bạn là \`${suggestion}\`?` : '';
const didYouMeanEn = (suggestion: string) => (suggestion ? ` Did you mean \`${suggestion}\`?` : '');

const VI = {
  badPeriod: (value) =>
    `Kỳ báo cáo \`${value}\` không hợp lệ. Dùng: 2024, 2024-H1, 2024-Q2, 2024-9M, 2024-06, current hoặc previous.`,
  badPeriodKind: (value) =>
    `Loại kỳ \`${value}\` không hỗ trợ. Dùng month, quarter, half, nine-months hoặc year.`,
  badDate: (option, value) => `${option}: \`${value}\` không phải ngày có thật dạng YYYY-MM-DD.`,
  intakeUnknownAgency: (option, id, suggestion) =>
    `${option}: không có cơ quan hoặc nhóm mã \`${id}\` trong agencies.yaml.${didYouMeanVi(suggestion ?? '')}`,
  intakeNoFiles: () => 'Hãy nêu ít nhất một tệp biểu mẫu: dx-report intake import TỆP…',
  badFormat: (value, allowed) =>
    `Định dạng \`${value}\` không hỗ trợ. Dùng ${allowed} (cách nhau bởi dấu phẩy).`,
  noFormat: (allowed) =>
    `Chưa chọn định dạng báo cáo nào. Dùng ${allowed} (cách nhau bởi dấu phẩy).`,
  badNumber: (option, value) => `${option}: \`${value}\` phải là một số dương.`,
  badLang: (value) => `Ngôn ngữ \`${value}\` không hỗ trợ. Dùng vi hoặc en.`,
  badReporter: (value) => `Kiểu báo lỗi \`${value}\` không hỗ trợ. Dùng text, json hoặc github.`,
  badOption: (name, expected) => `Tùy chọn \`${name}\` phải là ${expected}.`,
  emptyOption: (option) => `${option}: cần một giá trị, không được để trống.`,
  missingOption: (option, example) =>
    `Thiếu tùy chọn bắt buộc \`${option}\`, ví dụ \`${option} ${example}\`.`,
  noDataFolder: (folder) =>
    `Không tìm thấy thư mục dữ liệu \`${folder}\`. Chỉ định bằng --data DIR, hoặc tạo mới bằng \`dx-report init\`.`,
  noTemplate: (file) => `Không đọc được mẫu báo cáo \`${file}\`.`,
  templateSyntax: (where) =>
    `Mẫu báo cáo ${where}: sai cú pháp Handlebars. Hãy kiểm tra các cặp \`{{ }}\` và các khối \`{{#…}} … {{/…}}\`.`,
  templateUnclosedBlock: (where, name) =>
    `Mẫu báo cáo ${where}: khối \`{{#${name}}}\` chưa được đóng. Hãy thêm \`{{/${name}}}\` ở cuối khối.`,
  templateMismatchedBlock: (where, opened, closed) =>
    `Mẫu báo cáo ${where}: khối \`{{#${opened}}}\` lại được đóng bằng \`{{/${closed}}}\`. Hãy đóng bằng \`{{/${opened}}}\`.`,
  templateUnknownField: (where, field, suggestion) =>
    `Mẫu báo cáo ${where}: mô hình báo cáo không có trường \`${field}\`.${didYouMeanVi(suggestion)} Các trường có trong docs/template-context.md.`,
  templateUnknownHelper: (where, helper, suggestion) =>
    `Mẫu báo cáo ${where}: không có helper \`${helper}\`.${didYouMeanVi(suggestion)} Danh sách helper ở đầu tệp templates/bao-cao.md.hbs.`,
  templateHelperArgument: (where, helper, kind, value) =>
    `Mẫu báo cáo ${where}: helper \`${helper}\` cần ${KIND_VI[kind] ?? kind}, nhưng nhận \`${value}\`.`,
  templatePartialMissing: (where, name) =>
    `Mẫu báo cáo ${where}: không có partial \`${name}\`. Một mẫu chỉ dùng được partial nó tự định nghĩa bằng \`{{#*inline "${name}"}} … {{/inline}}\`.`,
  templateRecursion: (where) =>
    `Mẫu báo cáo ${where}: các partial gọi nhau không có điểm dừng (đệ quy vô hạn).`,
  templateOutputTooLarge: (where, millions) =>
    `Mẫu báo cáo ${where}: kết quả của mẫu vượt quá ${millions} triệu ký tự (một báo cáo chỉ vài trăm nghìn); hãy xem lại các vòng lặp lồng nhau và partial gọi trong vòng lặp. Không tệp nào được ghi.`,
  templateBlockUse: (where, message) =>
    `Mẫu báo cáo ${where}: dùng khối Handlebars không đúng: ${message}.`,
  templateUnknownDirective: (where, name, suggestion, known) =>
    `Mẫu báo cáo ${where}: không có chỉ thị \`dx:${name}\`.${didYouMeanVi(suggestion)} Các chỉ thị: ${known} (docs/templates.md).`,
  templateDirectiveWord: (where, directive, word, suggestion, allowed) =>
    `Mẫu báo cáo ${where}: chỉ thị \`dx:${directive}\` không nhận \`${word}\`.${didYouMeanVi(suggestion)} ${allowed ? `Chỉ thị này chỉ nhận một trong: ${allowed}.` : 'Chỉ thị này không nhận thêm từ nào.'}`,
  templateDirectiveForm: (where, text) =>
    `Mẫu báo cáo ${where}: \`${text}\` không đúng dạng chỉ thị. Viết mỗi chỉ thị trên một dòng riêng, dạng \`<!-- dx:tên -->\` (docs/templates.md).`,
  outInsideData: (out) =>
    `Thư mục --out \`${out}\` trỏ (qua liên kết) vào trong thư mục dữ liệu; hãy chọn thư mục khác.`,
  implicitOutInsideData: (out) =>
    `Thư mục báo cáo mặc định \`${out}\` nằm trong thư mục dữ liệu; chạy lệnh từ thư mục khác hoặc chỉ định --out.`,
  defaultOutside: (key, value) =>
    `\`defaults.${key}\` trong dx-report.yaml (\`${value}\`) trỏ ra ngoài thư mục dữ liệu và thư mục làm việc; chỉ dòng lệnh mới được chỉ định nơi đó.`,
  defaultFileOutside: (key, value) =>
    `\`defaults.${key}\` trong dx-report.yaml (\`${value}\`) trỏ ra ngoài thư mục dữ liệu (liên kết được tính theo nơi nó trỏ tới); tệp do bộ dữ liệu chỉ định phải nằm trong thư mục dữ liệu, chỉ dòng lệnh mới được chỉ định tệp ở nơi khác.`,
  asOfOutsidePeriod: (asOf, period, first, last) =>
    `--as-of ${asOf} nằm ngoài kỳ ${period} (${first} – ${last}).`,
  asOfInFuture: (asOf, today) =>
    `--as-of ${asOf} là ngày trong tương lai (hôm nay là ${today}); số liệu chỉ lấy được đến hôm nay.`,
  periodInFuture: (period, first) =>
    `Kỳ ${period} chưa bắt đầu (bắt đầu từ ${first}); chưa có số liệu để báo cáo.`,
  noRound: (period) =>
    `Kỳ ${period} chưa có đợt thu thập báo cáo trong rounds.yaml: hãy thêm một đợt (period, due, expects, from) cho kỳ này.`,
  dueNotAfterAsOf: (due, asOf) =>
    `--due ${due} phải sau ngày lấy tình hình (${asOf}): hạn mới là một ngày sắp tới.`,
  initExists: (file) => `\`${file}\` đã tồn tại; dx-report init không ghi đè. Chọn thư mục khác.`,
  noDocxReference: (file) => `Không đọc được tài liệu mẫu Word \`${file}\` (--docx-reference).`,
  docxReferenceTooLarge: (file, mb) =>
    `Tài liệu mẫu Word \`${file}\` lớn hơn ${mb} MB nên không được đọc; một tài liệu mẫu chỉ vài chục KB. Hãy kiểm tra lại đường dẫn.`,
  badDocxReference: (file, reason, detail, part) =>
    `Tài liệu mẫu Word \`${file}\` không dùng được (${VI_REFERENCE_PROBLEMS[reason ?? '']?.(visibleText(detail ?? ''), part ?? '') ?? reason}); hãy chọn một tệp .docx lưu từ Word hoặc LibreOffice.`,
  noLibreOffice: () =>
    'Định dạng pdf cần LibreOffice (lệnh soffice) nhưng máy chưa cài: hãy cài LibreOffice Writer (Debian/Ubuntu: apt-get install libreoffice-writer-nogui), hoặc dùng --format docx.',
  pdfFailed: (detail) => `LibreOffice không chuyển được báo cáo Word sang PDF: ${detail}`,
  templateNotFile: (file) =>
    `Mẫu báo cáo \`${file}\` không phải tệp thông thường (ống dẫn, socket hoặc thiết bị) nên không được đọc. Hãy chỉ định một tệp .hbs.`,
  templateTooLarge: (file, mb) =>
    `Mẫu báo cáo \`${file}\` lớn hơn ${mb} MB; một mẫu báo cáo chỉ vài chục KB. Hãy kiểm tra lại đường dẫn.`,
} satisfies Record<string, Text>;

const EN: Record<keyof typeof VI, Text> = {
  badPeriod: (value) =>
    `\`${value}\` is not a period code. Use 2024, 2024-H1, 2024-Q2, 2024-9M, 2024-06, current or previous.`,
  badPeriodKind: (value) =>
    `Period kind \`${value}\` is not supported. Use month, quarter, half, nine-months or year.`,
  badDate: (option, value) => `${option}: \`${value}\` is not a real date in YYYY-MM-DD form.`,
  intakeUnknownAgency: (option, id, suggestion) =>
    `${option}: no agency or group \`${id}\` in agencies.yaml.${didYouMeanEn(suggestion ?? '')}`,
  intakeNoFiles: () => 'Name at least one workbook: dx-report intake import FILE…',
  badFormat: (value, allowed) =>
    `Format \`${value}\` is not supported. Use ${allowed} (comma-separated).`,
  noFormat: (allowed) => `No report format chosen. Use ${allowed} (comma-separated).`,
  badNumber: (option, value) => `${option}: \`${value}\` must be a positive number.`,
  badLang: (value) => `Language \`${value}\` is not supported. Use vi or en.`,
  badReporter: (value) => `Reporter \`${value}\` is not supported. Use text, json or github.`,
  badOption: (name, expected) => `Option \`${name}\` must be ${expected}.`,
  emptyOption: (option) => `${option}: needs a value; it cannot be empty.`,
  missingOption: (option, example) =>
    `The option \`${option}\` is required, e.g. \`${option} ${example}\`.`,
  noDataFolder: (folder) =>
    `Data folder \`${folder}\` not found. Pass --data DIR, or create one with \`dx-report init\`.`,
  noTemplate: (file) => `Cannot read the template \`${file}\`.`,
  templateSyntax: (where) =>
    `Template ${where}: a Handlebars syntax error. Check the \`{{ }}\` pairs and the \`{{#…}} … {{/…}}\` blocks.`,
  templateUnclosedBlock: (where, name) =>
    `Template ${where}: the block \`{{#${name}}}\` is never closed. Add \`{{/${name}}}\` at its end.`,
  templateMismatchedBlock: (where, opened, closed) =>
    `Template ${where}: the block \`{{#${opened}}}\` is closed by \`{{/${closed}}}\`. Close it with \`{{/${opened}}}\`.`,
  templateUnknownField: (where, field, suggestion) =>
    `Template ${where}: the report model has no field \`${field}\`.${didYouMeanEn(suggestion)} The fields are listed in docs/template-context.md.`,
  templateUnknownHelper: (where, helper, suggestion) =>
    `Template ${where}: there is no helper \`${helper}\`.${didYouMeanEn(suggestion)} The helpers are listed at the top of templates/bao-cao.md.hbs.`,
  templateHelperArgument: (where, helper, kind, value) =>
    `Template ${where}: the helper \`${helper}\` needs ${KIND_EN[kind] ?? kind}, but got \`${value}\`.`,
  templatePartialMissing: (where, name) =>
    `Template ${where}: there is no partial \`${name}\`. A template can use only the partials it defines with \`{{#*inline "${name}"}} … {{/inline}}\`.`,
  templateRecursion: (where) => `Template ${where}: partials call each other without end.`,
  templateOutputTooLarge: (where, millions) =>
    `Template ${where}: the template's output exceeds ${millions} million characters (a briefing is a few hundred thousand); check nested loops and partials called in loops. Nothing was written.`,
  templateBlockUse: (where, message) =>
    `Template ${where}: a Handlebars block used wrongly: ${message}.`,
  templateUnknownDirective: (where, name, suggestion, known) =>
    `Template ${where}: there is no directive \`dx:${name}\`.${didYouMeanEn(suggestion)} The directives: ${known} (docs/templates.md).`,
  templateDirectiveWord: (where, directive, word, suggestion, allowed) =>
    `Template ${where}: the directive \`dx:${directive}\` does not take \`${word}\`.${didYouMeanEn(suggestion)} ${allowed ? `It takes one of: ${allowed}.` : 'It takes no other word.'}`,
  templateDirectiveForm: (where, text) =>
    `Template ${where}: \`${text}\` is not written as a directive. Write each directive alone on its line, as \`<!-- dx:name -->\` (docs/templates.md).`,
  outInsideData: (out) =>
    `--out \`${out}\` leads (through a link) into the data folder; choose another folder.`,
  implicitOutInsideData: (out) =>
    `The default reports folder \`${out}\` is inside the data folder; run from another folder or pass --out.`,
  defaultOutside: (key, value) =>
    `\`defaults.${key}\` in dx-report.yaml (\`${value}\`) leads outside the data folder and the working folder; only the command line may name such a place.`,
  defaultFileOutside: (key, value) =>
    `\`defaults.${key}\` in dx-report.yaml (\`${value}\`) leads outside the data folder (a link counts where it leads); a file the dataset names must be inside the data folder, only the command line may name a file elsewhere.`,
  asOfOutsidePeriod: (asOf, period, first, last) =>
    `--as-of ${asOf} is outside the period ${period} (${first} – ${last}).`,
  asOfInFuture: (asOf, today) =>
    `--as-of ${asOf} is in the future (today is ${today}); figures can be taken up to today only.`,
  periodInFuture: (period, first) =>
    `The period ${period} has not started (it starts on ${first}); there are no figures to report yet.`,
  noRound: (period) =>
    `Period ${period} has no collection round in rounds.yaml: add a round (period, due, expects, from) for it.`,
  dueNotAfterAsOf: (due, asOf) =>
    `--due ${due} must come after the day of the board (${asOf}): the new deadline is a day to come.`,
  initExists: (file) =>
    `\`${file}\` already exists; dx-report init does not overwrite. Choose another folder.`,
  noDocxReference: (file) =>
    `Cannot read the Word reference document \`${file}\` (--docx-reference).`,
  docxReferenceTooLarge: (file, mb) =>
    `The Word reference document \`${file}\` is larger than ${mb} MB, so it is not read; a reference document is a few dozen KB. Check the path.`,
  badDocxReference: (file, reason, detail, part) =>
    `The Word reference document \`${file}\` cannot be used (${EN_REFERENCE_PROBLEMS[reason ?? '']?.(visibleText(detail ?? ''), part ?? '') ?? reason}); choose a .docx saved by Word or LibreOffice.`,
  noLibreOffice: () =>
    'Format pdf needs LibreOffice (the soffice command), which is not installed: install LibreOffice Writer (Debian/Ubuntu: apt-get install libreoffice-writer-nogui), or use --format docx.',
  pdfFailed: (detail) => `LibreOffice could not convert the Word briefing to PDF: ${detail}`,
  templateNotFile: (file) =>
    `The template \`${file}\` is not a regular file (a pipe, socket or device), so it is not read. Name a .hbs file.`,
  templateTooLarge: (file, mb) =>
    `The template \`${file}\` is larger than ${mb} MB; a template is a few dozen KB. Check the path.`,
};

export type UsageCode = keyof typeof VI;

/** A usage error's English sentence: its `message`. */
export function englishUsage(code: UsageCode, args: readonly string[]): string {
  return EN[code](...args.map(visibleText));
}

/**
 * The error's message in a language, on one line: its values (paths, values
 * from dx-report.yaml or a template) with every control character visible.
 */
export function describeUsage(
  error: { code: UsageCode; args: readonly string[] },
  language: Language,
): string {
  return (language === 'vi' ? VI : EN)[error.code](...error.args.map(visibleText));
}
