/** Vietnamese messages: what is wrong and what is expected, in words a clerk can act on. */
import type { DiagnosticCode, YamlReason } from './codes.js';
import type { DiagnosticArgs } from './diagnostic.js';
import { grouped, sizeAndLimit } from './sizes.js';

type Catalog = Record<DiagnosticCode, (args: DiagnosticArgs) => string>;

/** The parts of the briefing only the office writes (notes/), by the keys `notes-missing` gives. */
const OFFICE_PARTS: Readonly<Record<string, string>> = {
  leadership: 'công tác lãnh đạo, chỉ đạo',
  areas: 'kết quả trên các lĩnh vực',
  causes: 'nguyên nhân',
  directions: 'nhiệm vụ, giải pháp trọng tâm',
  proposals: 'đề xuất, kiến nghị',
};

const officeParts = (keys: string | number | undefined, words: Readonly<Record<string, string>>) =>
  String(keys)
    .split(',')
    .map((key) => words[key] ?? key)
    .join('; ');

const KIND: Readonly<Record<string, string>> = {
  task: 'nhiệm vụ',
  agency: 'cơ quan',
  pillar: 'trụ cột',
  plan: 'kế hoạch',
  group: 'nhóm cơ quan',
  index: 'bộ chỉ số',
  component: 'chỉ số thành phần',
  criterion: 'tiêu chí',
  indicator: 'chỉ tiêu',
  theme: 'chủ đề',
  area: 'lĩnh vực (chỉ số thành phần hoặc trụ cột)',
  'group-or-agency': 'nhóm cơ quan hoặc cơ quan',
};

const TYPE: Readonly<Record<string, string>> = {
  string: 'một chuỗi văn bản',
  number: 'một số',
  integer: 'một số nguyên',
  boolean: 'true hoặc false',
  object: 'một bảng trường (dạng `tên: giá trị`)',
  array: 'một danh sách (các dòng bắt đầu bằng `- `)',
  null: 'để trống',
};

const kind = (args: DiagnosticArgs): string => KIND[String(args.kind)] ?? String(args.kind);
const types = (list: string | number | undefined): string =>
  String(list ?? '')
    .split('|')
    .map((name) => TYPE[name] ?? name)
    .join(' hoặc ');
const hint = (args: DiagnosticArgs): string =>
  args.suggestion ? ` Có phải ý bạn là \`${args.suggestion}\`?` : '';

/**
 * A day as the briefing writes it, NĐ 30's form ("20/6/2024", "05/01/2025":
 * a zero only before days below 10 and the months 1 and 2), for a clerk who
 * typed 20/06/2024 in a form; anything else as it is. The same rule as
 * render/format-vi.ts's formatDateInText, kept here because diagnostics
 * depend on nothing. Dates inside code spans stay as the YAML writes them.
 */
const day = (value: DiagnosticArgs[string] | undefined): string => {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
  if (parts === null) return String(value);
  const [, year, month, date] = parts;
  return `${date}/${Number(month) <= 2 ? month : Number(month)}/${year}`;
};

/** Who holds a share on a day: "3 cơ quan: a, b, c", or that the group has none. */
const holdersVi = (a: DiagnosticArgs): string =>
  a.count === 0
    ? 'ngày đó nhóm không có cơ quan nào đang hoạt động'
    : `${a.count} cơ quan: ${a.holders}`;

/** Why a date is not real: "Tháng 2 năm 2024 chỉ có 29 ngày." */
const dateReason = (a: DiagnosticArgs): string =>
  a.firstYear !== undefined
    ? ` Năm ${String(a.year).padStart(4, '0')} nằm ngoài khoảng ${a.firstYear}–${a.lastYear}.${a.meantYear === undefined ? '' : ` Có phải là năm ${a.meantYear}?`}`
    : a.days !== undefined
      ? ` Tháng ${a.month} năm ${a.year} chỉ có ${a.days} ngày.`
      : a.month !== undefined
        ? ` Không có tháng ${a.month}: tháng chỉ từ 01 đến 12.`
        : '';

/** The bounds of a number: "từ 0 đến 100", "từ 0 trở lên", "lớn hơn 0". */
const bounds = (a: DiagnosticArgs): string =>
  a.min !== undefined && a.max !== undefined
    ? `từ ${decimal(a.min)} đến ${decimal(a.max)}`
    : a.min !== undefined
      ? `từ ${decimal(a.min)} trở lên`
      : a.above !== undefined
        ? `lớn hơn ${decimal(a.above)}${a.max === undefined ? '' : ` và không quá ${decimal(a.max)}`}`
        : `không quá ${decimal(a.max)}`;

/** A size and its limit, in bytes, as words that tell them apart. */
const sizes = (a: DiagnosticArgs) => sizeAndLimit(Number(a.size), Number(a.limit), true);

/**
 * Sizes come as `30.0`; Vietnamese writes the decimal comma: `30,0`. A whole number of five
 * digits or more is grouped by thousands with dots, as an office writes it: `999.999.999`.
 */
const decimal = (value: string | number | undefined): string =>
  typeof value === 'number' && Number.isSafeInteger(value) && Math.abs(value) >= 10_000
    ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
    : String(value).replace('.', ',');

/** Why a file could not be read, from the system's error code; an unknown code is shown as is. */
const REASON: Readonly<Record<string, string>> = {
  EACCES: 'không có quyền đọc (EACCES)',
  EPERM: 'không được phép đọc (EPERM)',
  ENOENT: 'tệp không còn tồn tại hoặc là liên kết hỏng (ENOENT)',
  EIO: 'lỗi đọc thiết bị lưu trữ (EIO)',
  'not-a-file': 'không phải tệp thông thường (ống dẫn, socket hoặc thiết bị)',
};
const reason = (code: string | number | undefined): string => REASON[String(code)] ?? String(code);

/** Why a file is not YAML, by the parser's error code (validate/yaml-errors.ts), with what to do. */
const YAML_REASON: Readonly<Record<YamlReason, string>> = {
  ALIAS_PROPS: 'Tham chiếu `*tên` không được kèm nhãn `&` hay thẻ `!`. Hãy bỏ nhãn hoặc thẻ đi.',
  BAD_ALIAS:
    'Tham chiếu `*tên` không trỏ tới nhãn `&tên` nào có trước. Hãy viết trực tiếp giá trị.',
  BAD_DIRECTIVE: 'Dòng bắt đầu bằng `%` không phải chỉ thị YAML hợp lệ. Hãy xóa dòng này.',
  BAD_DQ_ESCAPE:
    "Trong ngoặc kép, dấu `\\` bắt đầu một ký tự đặc biệt không hợp lệ. Hãy viết `\\\\` hoặc dùng ngoặc đơn `'…'`.",
  BAD_INDENT: 'Thụt lề không đúng. Các trường cùng cấp phải bắt đầu ở cùng một cột.',
  BAD_PROP_ORDER: 'Nhãn `&` và thẻ `!` phải đứng trước giá trị. Hãy sửa thứ tự.',
  BAD_SCALAR_START:
    'Giá trị bắt đầu bằng một ký tự YAML dành riêng (như `@`, `` ` ``, `%`, `|`, `>`). Hãy đặt cả giá trị trong dấu ngoặc kép.',
  BLOCK_AS_IMPLICIT_KEY:
    'Dòng này được đọc thành một khối lồng trong tên trường. Thường do thụt lề sai hoặc có dấu hai chấm trong văn bản; hãy kiểm tra thụt lề và đặt văn bản có dấu hai chấm trong ngoặc kép.',
  BLOCK_IN_FLOW:
    'Trong `[ … ]` hoặc `{ … }` không được xuống dòng thành khối. Hãy viết trên một dòng hoặc bỏ ngoặc.',
  IMPOSSIBLE: 'Trình đọc YAML không hiểu được đoạn này. Hãy viết lại dòng cho đơn giản.',
  KEY_OVER_1024_CHARS: 'Tên trường dài quá 1.024 ký tự. Có thể thiếu dấu cách sau dấu hai chấm.',
  MISSING_CHAR:
    'Thiếu một ký tự bắt buộc (dấu `-` đầu mục danh sách, dấu ngoặc đóng hoặc dấu nháy đóng). Hãy kiểm tra dòng này.',
  MULTILINE_IMPLICIT_KEY:
    'Tên trường kéo dài sang nhiều dòng. Thường do thiếu dấu hai chấm hoặc thụt lề sai ở dòng trước.',
  MULTIPLE_ANCHORS: 'Một giá trị chỉ được có một nhãn `&`.',
  MULTIPLE_TAGS: 'Một giá trị chỉ được có một thẻ `!`.',
  NON_STRING_KEY: 'Tên trường phải là văn bản, không phải danh sách hay khối.',
  TAG_RESOLVE_FAILED:
    'Thẻ `!` không được hỗ trợ trong dữ liệu dx-report. Hãy bỏ thẻ và viết trực tiếp giá trị.',
  UNEXPECTED_TOKEN:
    'Có ký tự không đúng chỗ. Hãy kiểm tra dấu hai chấm, dấu gạch đầu dòng và các dấu ngoặc ở dòng này.',
  BAD_COLLECTION_TYPE: 'Kiểu khối không đúng với thẻ của nó. Hãy bỏ thẻ `!`.',
};

export const MESSAGES_VI: Catalog = {
  'file-missing': (a) => `Thiếu tệp bắt buộc \`${a.file}\` trong thư mục dữ liệu.`,
  'file-unreadable': (a) =>
    `Không đọc được tệp hoặc thư mục này: ${reason(a.reason)}. Hãy kiểm tra tệp, thư mục và quyền truy cập.`,
  'file-too-large': (a) =>
    `Tệp quá lớn (${sizes(a).size}, tối đa ${sizes(a).limit}). Hãy chia nhỏ tệp hoặc tăng giới hạn bằng --max-file-mb.`,
  'dataset-too-large': (a) =>
    `Bộ dữ liệu quá lớn (${sizes(a).size}, tối đa ${sizes(a).limit}). Tăng giới hạn bằng --max-dataset-mb nếu đúng là cần.`,
  'file-not-utf8': () =>
    'Tệp không phải văn bản UTF-8 (có thể lưu bằng bảng mã TCVN3/VNI). Hãy lưu lại tệp với bảng mã UTF-8 (Unicode).',
  'file-binary': () => 'Tệp chứa dữ liệu nhị phân, không phải văn bản YAML.',
  'file-empty': () =>
    'Tệp trống, không có dữ liệu. Hãy nhập nội dung hoặc đổi tên tệp bắt đầu bằng `_` để bỏ qua.',
  'file-ignored': (a) =>
    a.why === 'name'
      ? `Tên tệp không phải tên nào trong định dạng dữ liệu nên tệp được bỏ qua. Các tệp ở thư mục gốc là ${a.names}; đổi tên nếu đây là dữ liệu, hoặc đặt tên bắt đầu bằng \`_\` nếu cố ý để riêng.`
      : 'Tệp không có đuôi .yaml/.yml nên được bỏ qua. Đổi đuôi tệp nếu đây là dữ liệu, hoặc chuyển tệp ra khỏi thư mục dữ liệu.',
  'yaml-syntax': (a) =>
    `Lỗi cú pháp YAML. ${YAML_REASON[a.reason as YamlReason] ?? YAML_REASON.UNEXPECTED_TOKEN}`,
  'yaml-colon-in-text': () =>
    'Văn bản có dấu hai chấm (`: `) nên YAML đọc phần sau thành một trường mới. Hãy đặt cả đoạn văn bản trong dấu ngoặc kép, ví dụ `name: "Kinh tế số: phát triển"`.',
  'yaml-comma-in-text': (a) =>
    `\`${a.field}\` bị đọc thành một trường riêng: trong \`{ … }\`, dấu phẩy ngăn cách các trường. Hãy đặt cả đoạn văn bản có dấu phẩy trong dấu ngoặc kép, ví dụ \`note: "Đã xong, ${a.field}"\`.`,
  'yaml-bad-indent': (a) =>
    `Dòng này bắt đầu ở cột ${a.column}, nhưng các trường cùng cấp bắt đầu ở cột ${a.expected}. Hãy thụt lề bằng dấu cách cho thẳng cột ${a.expected}.`,
  'yaml-unclosed-quote': (a) =>
    `Dấu nháy \`${a.quote}\` mở ở đây chưa được đóng, nên phần còn lại của tệp bị đọc thành văn bản. Hãy thêm \`${a.quote}\` ở cuối văn bản.`,
  'yaml-unclosed-bracket': (a) =>
    `Dấu \`${a.bracket}\` mở ở đây chưa được đóng. Hãy thêm \`${a.closing}\` ở cuối danh sách hoặc khối.`,
  'yaml-duplicate-key': (a) =>
    `Trường \`${a.key}\` bị khai báo hai lần trong cùng một khối. Hãy giữ lại một.`,
  'yaml-tab-indent': () => 'Dùng ký tự Tab để thụt lề. YAML chỉ cho phép thụt lề bằng dấu cách.',
  'yaml-multiple-documents': () =>
    'Tệp chứa nhiều tài liệu YAML (ngăn cách bởi `---`). Mỗi tệp chỉ được có một tài liệu; hãy tách ra nhiều tệp.',
  'yaml-alias-limit': (a) =>
    `Tệp dùng quá nhiều tham chiếu YAML (alias \`*\`), vượt giới hạn ${a.limit}. Hãy viết trực tiếp giá trị.`,
  'yaml-too-deep': (a) =>
    `Dữ liệu lồng nhau quá sâu (hơn ${a.limit} cấp). Hãy kiểm tra lại thụt lề.`,
  'yaml-alias-cycle': (a) =>
    `Tham chiếu \`*${a.name}\` nằm ngay trong khối được đặt tên \`&${a.name}\`, tạo thành vòng lặp không có điểm dừng. Hãy viết trực tiếp giá trị.`,
  'root-not-mapping': (a) =>
    `Cấp ngoài cùng của tệp phải là các trường dạng \`tên: giá trị\` (ví dụ bắt đầu bằng \`${a.expected}:\`), không phải ${types(a.actual)}.`,
  'wrong-type': (a) =>
    `Trường \`${a.field}\` phải là ${types(a.expected)}, nhưng đang là ${types(a.actual)}.` +
    (a.quoted !== undefined
      ? ` Số trong dấu nháy là văn bản: hãy bỏ dấu nháy, viết \`${a.field}: ${a.quoted}\`.`
      : a.meant !== undefined
        ? ` Số viết dấu chấm thập phân, không có dấu %: viết ${a.meant}.`
        : ''),
  'missing-field': (a) => `Thiếu trường bắt buộc \`${a.field}\`.`,
  'unknown-field': (a) =>
    `Trường \`${a.field}\` không có trong định dạng dữ liệu.${hint(a)} Các trường hợp lệ: ${a.allowed}.`,
  'value-not-allowed': (a) =>
    `Giá trị \`${a.value}\` của trường \`${a.field}\` không hợp lệ. Giá trị được phép: ${a.allowed}.`,
  'value-out-of-range': (a) =>
    `Giá trị ${decimal(a.value)} của trường \`${a.field}\` không hợp lệ: phải ${bounds(a)}.`,
  'text-empty': (a) => `Trường \`${a.field}\` không được để trống.`,
  'text-too-long': (a) => `Trường \`${a.field}\` dài quá ${a.limit} ký tự.`,
  'list-empty': (a) => `Danh sách \`${a.field}\` phải có ít nhất một mục.`,
  'id-format': (a) =>
    `Mã \`${a.value}\` không hợp lệ: mã chỉ gồm chữ cái không dấu, chữ số, \`-\`, \`_\`, \`.\` và dài 1–64 ký tự.`,
  'symbol-format': (a) =>
    `Ký hiệu văn bản \`${a.value}\` không hợp lệ: viết in hoa, không có dấu cách, các nhóm chữ nối bằng \`-\`, ví dụ \`BC-BCĐ\`.`,
  'id-is-number': (a) =>
    `Mã \`${a.value}\` đang được YAML đọc thành số. Hãy đặt mã trong dấu nháy, ví dụ \`id: "${a.value}"\`.`,
  'schema-version': (a) =>
    `\`schema_version\` là ${a.value}; phiên bản này của dx-report chỉ đọc định dạng 1.`,
  'invalid-value': (a) => `Giá trị của trường \`${a.field}\` không hợp lệ (${a.detail}).`,
  'date-invalid': (a) =>
    a.meant !== undefined
      ? `Ngày \`${a.value}\` cần viết theo dạng YYYY-MM-DD: viết ${a.meant}.`
      : `Ngày \`${a.value}\` không có thật hoặc sai dạng.${dateReason(a)} Hãy viết ngày theo dạng YYYY-MM-DD, ví dụ 2024-06-30.`,
  'period-invalid': (a) =>
    `Kỳ báo cáo \`${a.value}\` không hợp lệ. Dùng một trong các dạng: 2024, 2024-H1, 2024-H2, 2024-Q1…Q4, 2024-9M, 2024-01…12.`,
  'status-invalid': (a) =>
    `Trạng thái \`${a.value}\` không hợp lệ.${hint(a)} Dùng: not_started (chưa triển khai), in_progress (đang triển khai), done (hoàn thành), cancelled (dừng thực hiện).`,
  'deadline-invalid': (a) =>
    `Thời hạn \`${a.value}\` không hợp lệ.${dateReason(a)} Dùng một ngày (2024-12-31), một kỳ báo cáo (2025, 2024-H2) hoặc \`ongoing\` (thường xuyên).`,
  'update-date-missing': () =>
    'Cập nhật thiếu ngày: hãy ghi `date: YYYY-MM-DD` hoặc `period: <kỳ báo cáo>`.',
  'update-date-and-period': () => 'Cập nhật có cả `date` và `period`; chỉ ghi một trong hai.',
  'number-not-finite': (a) =>
    `Trường \`${a.field}\` phải là một số hữu hạn, không phải \`${a.value}\`.`,
  'score-over-max': (a) =>
    `Điểm ${a.value} của tiêu chí \`${a.criterion}\` vượt điểm tối đa ${a.max}.`,
  'value-date-missing': () =>
    'Số liệu thiếu ngày: hãy ghi `date: YYYY-MM-DD` hoặc `period: <kỳ báo cáo>`.',
  'value-date-and-period': () => 'Số liệu có cả `date` và `period`; chỉ ghi một trong hai.',
  'indicator-target-duplicate': (a) =>
    `Chỉ tiêu đã có một mục tiêu cho kỳ ${a.period}; mỗi kỳ chỉ một mục tiêu.`,
  'indicator-target-same-day': (a) =>
    `Mục tiêu kỳ ${a.period} (${a.value}) và mục tiêu kỳ ${a.other} (${a.otherValue}) cùng đến hạn ngày ${day(a.day)} mà khác nhau; không biết lấy mục tiêu nào để đánh giá. Hãy giữ lại một.`,
  'indicator-value-conflict': (a) =>
    `Chỉ tiêu \`${a.indicator}\` ngày ${day(a.date)} có hai số liệu khác nhau: ${a.value} ở đây và ${a.other} tại ${a.first}. Hãy giữ lại một.`,
  'indicator-estimate-before-measured': (a) =>
    `Số liệu ước thực hiện (\`estimate: true\`) của chỉ tiêu \`${a.indicator}\` ngày ${day(a.date)} không sau số liệu đã đo ngày ${day(a.measured)} (tại ${a.first}): số ước tính chỉ dành cho thời gian sau lần đo cuối. Hãy bỏ \`estimate: true\` hoặc sửa ngày.`,
  'notes-duplicate-period': (a) =>
    `Kỳ ${a.period} đã có tệp ghi chú tại ${a.first}; mỗi kỳ chỉ một tệp trong notes/. Hãy gộp hai tệp.`,
  'intake-not-workbook': (a) =>
    `Tệp không đọc được như một bảng tính Excel (.xlsx)${a.reason ? ` (${a.reason})` : ''}. Hãy gửi lại biểu mẫu .xlsx đã nhận.`,
  'intake-encrypted': () =>
    'Tệp được đặt mật khẩu mở nên không đọc được. Hãy bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi gửi lại.',
  'intake-too-large': (a) =>
    `Tệp ${sizes(a).size}, vượt giới hạn ${sizes(a).limit} của một biểu mẫu. Hãy kiểm tra lại tệp (biểu mẫu chỉ vài chục KB).`,
  'intake-needs-libreoffice': (a) =>
    `Tệp ${a.ext} cần LibreOffice để chuyển sang .xlsx, nhưng máy chưa cài LibreOffice. Hãy cài LibreOffice, hoặc mở tệp và lưu lại dạng .xlsx.`,
  'intake-not-form': () =>
    'Tệp không phải biểu mẫu của dx-report (không có trang ẩn dx-report). Hãy điền vào biểu mẫu đã được gửi (dx-report intake make).',
  'intake-other-dataset': (a) =>
    `Biểu mẫu của ${a.dataset}, không phải của ${a.expected}. Hãy dùng biểu mẫu do ${a.expected} gửi.`,
  'intake-other-version': (a) =>
    `Biểu mẫu phiên bản ${a.version}, không còn dùng được. Hãy dùng biểu mẫu mới (dx-report intake make).`,
  'intake-unknown-agency': (a) =>
    `Biểu mẫu của cơ quan \`${a.agency}\`, không có trong agencies.yaml. Hãy dùng biểu mẫu lập cho cơ quan.`,
  'intake-file-agency': (a) =>
    `Tệp mang tên của cơ quan \`${a.named}\` nhưng là biểu mẫu của \`${a.agency}\`. Hãy dùng biểu mẫu lập cho \`${a.named}\`.`,
  'intake-other-period': (a) =>
    `Biểu mẫu kỳ ${a.period}, không phải kỳ đang thu ${a.expected}: hãy dùng biểu mẫu kỳ ${a.expected}.`,
  'intake-stale': (a) =>
    `Nhiệm vụ, chỉ tiêu của \`${a.agency}\` đã thay đổi từ khi lập biểu mẫu (nhiệm vụ mới, chuyển giao). Hãy lập lại biểu mẫu (dx-report intake make --period ${a.period} --agency ${a.agency}) và điền vào biểu mẫu mới.`,
  'intake-duplicate-form': (a) =>
    `Biểu mẫu của \`${a.agency}\` kỳ ${a.period} đã có trong lần nhập này (${a.first}). Mỗi cơ quan gửi một tệp.`,
  'intake-sheet-missing': (a) =>
    `Không có trang \`${a.sheet}\`${a.found ? ` (các trang có: ${a.found})` : ''}. Không đổi tên hay xóa trang tính; hãy dùng lại biểu mẫu gốc.`,
  'intake-locked-edited': (a) =>
    `Ô đã khóa bị sửa: phải là "${a.expected}". Chỉ điền vào các ô nền vàng.`,
  'intake-row-missing': (a) =>
    `Dòng của \`${a.code}\` đã bị xóa. Không xóa dòng: dòng không có gì để báo cáo thì để trống.`,
  'intake-row-moved': (a) =>
    `Dòng của \`${a.code}\` bị chuyển chỗ (vốn ở dòng ${a.row}). Không sắp xếp lại dòng; hãy dùng lại biểu mẫu gốc.`,
  'intake-row-foreign': (a) =>
    `Dòng thêm với mã \`${a.code}\` không thuộc biểu mẫu của cơ quan này. Không thêm dòng; nhiệm vụ, chỉ tiêu còn thiếu xin báo với cơ quan tổng hợp.`,
  'intake-number': (a) => `"${a.value}" không phải một số. Ghi số như 8,5 hoặc 64.`,
  'intake-progress': (a) => `Tiến độ ${a.value}% không hợp lệ: phải từ 0 đến 100.`,
  'intake-date': (a) =>
    `"${a.value}" không phải một ngày có thật dạng dd/mm/yyyy (ví dụ 10/11/2026).`,
  'intake-status-missing': () =>
    'Dòng có nội dung nhưng chưa chọn trạng thái: hãy chọn trạng thái trong danh sách.',
  'intake-completed-not-done': () => 'Ngày hoàn thành chỉ ghi khi trạng thái là Hoàn thành.',
  'intake-estimate': (a) =>
    `"${a.value}" không phải lựa chọn của cột ước thực hiện: chọn "Có" khi trạng thái, tiến độ hoặc số liệu là số dự kiến đạt được đến hết kỳ, hoặc để trống.`,
  'intake-unknown-theme': (a) =>
    `Chủ đề "${a.value}" không có trong danh sách.${hint(a)} Hãy chọn trong danh sách.`,
  'updates-duplicate': (a) =>
    `Cơ quan \`${a.agency}\` đã có tệp cập nhật kỳ ${a.period} tại ${a.first}. Mỗi cơ quan chỉ một tệp trong updates/ cho một kỳ: hãy gộp hai tệp.`,
  'update-agency-not-involved': (a) =>
    `Ngày ${day(a.date)}, cơ quan \`${a.agency}\` không chủ trì, không phối hợp nhiệm vụ \`${a.task}\` (cơ quan chủ trì: \`${a.lead}\`). Chỉ cơ quan chủ trì hoặc phối hợp mới báo cáo nhiệm vụ này.`,
  'update-after-figures-day': (a) =>
    `Cập nhật ngày ${day(a.date)} sau ngày lấy số liệu ${day(a.day)} của kỳ ${a.period}. Hãy ghi ngày trong kỳ, hoặc báo cáo ở kỳ sau.`,
  'estimate-after-last-day': (a) =>
    `Cập nhật ước thực hiện ngày ${day(a.date)} sau ngày cuối kỳ ${a.period} (${day(a.day)}): số ước thực hiện chỉ tính đến hết kỳ. Hãy ghi ngày trong kỳ, hoặc báo cáo ở kỳ sau.`,
  'update-entry-conflict': (a) =>
    `Nhiệm vụ \`${a.task}\` ngày ${day(a.date)} có hai cập nhật khác nhau: ở đây và tại ${a.first}. Hãy giữ lại một.`,
  'update-before-window': (a) =>
    `Cập nhật ngày ${day(a.date)} có trước kỳ ${a.period} (từ ${day(a.from)}): được ghi nhận như báo cáo muộn của kỳ trước.`,
  'update-agency-not-shared': (a) =>
    `Ngày ${day(a.date)}, nhiệm vụ \`${a.task}\` không giao cho một nhóm cơ quan: chỉ cập nhật của nhiệm vụ giao cho nhóm (\`lead: { group: … }\`) mới ghi \`agency:\`. Hãy bỏ \`agency:\`.`,
  'update-share-agency-missing': (a) =>
    `Ngày ${day(a.date)}, nhiệm vụ \`${a.task}\` giao cho từng cơ quan của nhóm \`${a.group}\`: hãy ghi \`agency:\` là cơ quan có phần việc mà cập nhật này báo cáo (${holdersVi(a)}).`,
  'update-agency-no-share': (a) =>
    `Ngày ${day(a.date)}, cơ quan \`${a.agency}\` không có phần việc của nhiệm vụ \`${a.task}\`: nhiệm vụ giao cho các cơ quan của nhóm \`${a.group}\` đang hoạt động ngày đó (${holdersVi(a)}).`,
  'transfer-group-empty': (a) =>
    `Nhóm \`${a.group}\` không có cơ quan nào đang hoạt động vào ngày chuyển giao ${day(a.date)}: không cơ quan nào nhận được phần việc. Hãy kiểm tra ngày chuyển giao hoặc \`active_from\` của các cơ quan trong nhóm.`,
  'round-due-before-period': (a) =>
    `Hạn gửi \`${a.due}\` trước ngày bắt đầu kỳ ${a.period} (${day(a.first)}): đơn vị không thể gửi báo cáo của kỳ trước khi kỳ bắt đầu. Hãy kiểm tra hạn gửi hoặc kỳ.`,
  'round-duplicate-period': (a) =>
    `Kỳ ${a.period} đã có đợt thu thập tại ${a.first}; mỗi kỳ chỉ một đợt. Hãy gộp hai đợt.`,
  'duplicate-id': (a) =>
    `Mã ${kind(a)} \`${a.id}\` bị trùng: đã khai báo tại ${a.first}. Mỗi ${kind(a)} cần một mã riêng.`,
  'unknown-reference': (a) =>
    `Không tìm thấy ${kind(a)} có mã \`${a.id}\`.${hint(a)} Hãy kiểm tra mã hoặc khai báo ${kind(a)} này.`,
  'reference-cycle': (a) =>
    `Vòng lặp ở trường \`${a.field}\`: ${a.chain}. Chuỗi \`${a.field}\` không được quay lại chính nó.`,
  'lead-successors-ambiguous': (a) =>
    `Đơn vị chủ trì \`${a.agency}\` đã thôi hoạt động và chuyển giao cho nhiều cơ quan (${a.successors}): hãy ghi \`transfers\` cho nhiệm vụ, nêu ngày và cơ quan tiếp nhận, ví dụ \`transfers: [{ date: ${a.date}, lead: ${a.first} }]\`.`,
  'estimate-before-measured': (a) =>
    `Cập nhật ước thực hiện (\`estimate: true\`) ngày ${day(a.date)} không sau cập nhật đã đo ngày ${day(a.measured)}: số ước tính chỉ dành cho thời gian sau lần đo cuối. Hãy bỏ \`estimate: true\` hoặc sửa ngày.`,
  'transfers-out-of-order': (a) =>
    `Các lần chuyển giao phải theo thứ tự ngày: ${day(a.date)} không sau lần trước (${day(a.previous)}).`,
  'transfer-lead-inactive': (a) =>
    `Cơ quan \`${a.agency}\` không hoạt động vào ngày chuyển giao ${day(a.date)}; hãy chọn cơ quan đang hoạt động vào ngày đó.`,
  'active-range-inverted': (a) =>
    `\`active_from\` (${day(a.from)}) sau \`active_until\` (${day(a.until)}): cơ quan không có ngày nào hoạt động.`,
  'grades-order': (a) =>
    `Các mức xếp loại phải xếp từ cao xuống thấp theo \`min\`; mức \`${a.name}\` không đúng thứ tự.`,
  'criteria-two-forms': (a) =>
    `Tệp đã khai báo \`indices\` thì không ghi \`${a.field}\` ở cấp ngoài cùng: mỗi bộ chỉ số có \`components\`, \`criteria\`, \`grades\` riêng. Hãy chuyển \`${a.field}\` vào bộ chỉ số của nó, hoặc bỏ \`indices\` nếu chỉ có một bộ chỉ số cho mọi cơ quan.`,
  'criterion-component-other-index': (a) =>
    `Chỉ số thành phần \`${a.component}\` thuộc bộ chỉ số \`${a.index}\`; tiêu chí của bộ chỉ số \`${a.own}\` chỉ dùng chỉ số thành phần của bộ \`${a.own}\`.`,
  'assessment-no-index': (a) =>
    a.group === undefined
      ? `Cơ quan \`${a.agency}\` không thuộc nhóm cơ quan nào nên không có bộ chỉ số để tự đánh giá. Hãy ghi \`group\` cho cơ quan trong agencies.yaml, là một nhóm có trong \`groups\` của một bộ chỉ số (criteria.yaml: ${a.indices}).`
      : `Nhóm \`${a.group}\` của cơ quan \`${a.agency}\` không có trong \`groups\` của bộ chỉ số nào (criteria.yaml: ${a.indices}). Hãy thêm nhóm vào bộ chỉ số mà cơ quan được đánh giá theo.`,
  'assessment-several-indices': (a) =>
    `Nhóm \`${a.group}\` của cơ quan \`${a.agency}\` có trong \`groups\` của nhiều bộ chỉ số (${a.indices}); mỗi nhóm chỉ được đánh giá theo một bộ chỉ số. Hãy bỏ nhóm khỏi các bộ chỉ số còn lại.`,
  'score-other-index': (a) =>
    `Tiêu chí \`${a.criterion}\` thuộc bộ chỉ số \`${a.index}\`, nhưng cơ quan \`${a.agency}\` được đánh giá theo bộ chỉ số \`${a.own}\`: chỉ chấm các tiêu chí của bộ \`${a.own}\`.${hint(a)}`,
  'assessment-duplicate': (a) =>
    `Cơ quan \`${a.agency}\` đã có tệp tự đánh giá kỳ ${a.period} tại ${a.first}. Mỗi cơ quan chỉ một tệp cho một kỳ.`,
  'done-progress-below-100': (a) => `Trạng thái hoàn thành nhưng tiến độ chỉ ${a.progress}%.`,
  'progress-without-work': (a) => `Trạng thái chưa triển khai nhưng tiến độ đã ${a.progress}%.`,
  'same-day-conflict': (a) =>
    `Có hai cập nhật cùng ngày ${day(a.date)} với trạng thái khác nhau; báo cáo lấy cập nhật viết sau.`,
  'update-before-start': (a) =>
    `Cập nhật ngày ${day(a.date)} có trước ngày bắt đầu ${day(a.start)} của nhiệm vụ.`,
  'update-after-done': (a) =>
    `Nhiệm vụ đã hoàn thành nhưng cập nhật ngày ${day(a.date)} lại đổi trạng thái; hãy kiểm tra lại.`,
  'deadline-before-start': (a) =>
    `Thời hạn ${day(a.deadline)} có trước ngày bắt đầu ${day(a.start)}.`,
  'assessment-folder-period': (a) =>
    `Tệp nằm trong thư mục \`${a.folder}\` nhưng khai báo kỳ ${a.period}; hãy kiểm tra kỳ đánh giá.`,
  'assessment-agency-inactive': (a) =>
    `Cơ quan \`${a.agency}\` không còn hoạt động trong kỳ ${a.period} nhưng vẫn có tệp tự đánh giá.`,
  'lead-group-empty-at-start': (a) =>
    `Nhóm chủ trì \`${a.group}\` không có cơ quan nào đang hoạt động vào ngày bắt đầu ${day(a.start)}: chưa cơ quan nào nhận phần việc của nhiệm vụ. Hãy kiểm tra ngày bắt đầu hoặc \`active_from\` của các cơ quan trong nhóm.`,
  'lead-inactive-at-start': (a) =>
    `Đơn vị chủ trì \`${a.agency}\` chưa/không hoạt động vào ngày bắt đầu ${day(a.start)}.${a.successors ? ` Cơ quan tiếp nhận: ${a.successors}; hãy ghi cơ quan này ở \`lead\`.` : ''}`,
  'no-tasks': () => 'Tệp nhiệm vụ không có nhiệm vụ nào.',
  'themes-unmatched': (a) =>
    `${a.unthemed} khó khăn, đề xuất không thuộc chủ đề nào, nhiều hơn ${a.themed} khó khăn, đề xuất đã xếp theo chủ đề: báo cáo sẽ liệt kê riêng từng ý kiến. Hãy bổ sung chủ đề hoặc từ khóa trong themes.yaml.`,
  'notes-missing': (a) =>
    `Chưa có notes/ cho kỳ ${a.period}: bản dự thảo để một dòng [Bổ sung: …] trong ngoặc vuông ở mỗi phần chỉ văn phòng viết được (${officeParts(a.parts, OFFICE_PARTS)}).`,
  'report-date-early': (a) =>
    `Ngày ký báo cáo ${day(a.date)} có trước ngày ${day(a.latest)} của số liệu, kết quả tự đánh giá mà báo cáo sử dụng.`,
  'report-date-weekend': (a) => `Ngày ký báo cáo ${day(a.date)} là ${a.weekday}.`,
  'pdf-font-substituted': (a) =>
    `Máy này chưa cài phông ${a.wanted} (phông Nghị định 30/2020 quy định): bản PDF được in bằng phông ${a.used} thay thế. Hãy cài phông ${a.wanted} (ví dụ gói ttf-mscorefonts-installer) rồi tạo lại bản PDF, hoặc gửi bản .docx.`,
  'symlink-loop': (a) => `Liên kết \`${a.path}\` trỏ vòng lại thư mục cha nên được bỏ qua.`,
  'yaml-tag': (a) =>
    `Thẻ YAML \`${a.tag}\` không được dùng trong dữ liệu dx-report: dữ liệu chỉ gồm các trường, danh sách và giá trị thường của YAML 1.2. Hãy bỏ thẻ và viết trực tiếp các trường, ví dụ \`NT-01: 8\`.`,
  'yaml-version': (a) =>
    `Tệp khai báo \`%YAML ${a.version}\`, nhưng dữ liệu dx-report là YAML 1.2 (theo YAML 1.1, \`010\` thành 8 và \`no\` thành false). Hãy xóa dòng \`%YAML\` này.`,
  'yaml-too-many-nodes': (a) =>
    `Tệp có quá nhiều phần tử YAML (hơn ${grouped(Number(a.limit), '.')}); đọc tiếp sẽ tốn quá nhiều bộ nhớ. Hãy chia dữ liệu thành nhiều tệp nhỏ hơn (giới hạn tăng theo --max-file-mb).`,
  'file-duplicate-kind': (a) =>
    `\`${a.other}\` và \`${a.file}\` là hai tệp cho cùng một danh mục; dx-report không biết lấy tệp nào. Hãy gộp lại thành một tệp \`${a.expected}\`.`,
  'data-misnamed': (a) =>
    `\`${a.name}\` không phải tên trong định dạng dữ liệu nên mọi dữ liệu trong đó sẽ bị bỏ qua. Có phải ý bạn là \`${a.suggestion}\`? Hãy đổi tên; nếu cố ý để riêng, đặt tên bắt đầu bằng \`_\`.`,
  'partner-repeated': (a) =>
    `Cơ quan phối hợp \`${a.agency}\` được ghi ${grouped(Number(a.count), '.')} lần trong nhiệm vụ này; báo cáo chỉ tính một lần. Hãy xóa các lần lặp.`,
};
