/**
 * The intake workbook's layout, read by the writer and by the importer alike:
 * sheet names, the header row, and each column's letter, title and whether it
 * is filled in by the agency. Changing a column here changes both ends.
 */

export const SHEETS = {
  guide: 'Hướng dẫn',
  tasks: 'Nhiệm vụ',
  indicators: 'Chỉ tiêu',
  assessment: 'Tự đánh giá',
  /** Hidden: what the form is (dataset, agency, period, version, fingerprint) and the lists. */
  identity: 'dx-report',
} as const;

/** Row of the column titles; data rows follow it. */
export const HEADER_ROW = 4;
export const FIRST_ROW = HEADER_ROW + 1;

export interface Column {
  key: string;
  letter: string;
  title: string;
  width: number;
  /** Filled in by the agency: unlocked and shaded. */
  input: boolean;
}

const columns = (list: readonly Omit<Column, 'letter'>[]): Column[] =>
  list.map((column, index) => ({ ...column, letter: String.fromCharCode(65 + index) }));

export const TASK_COLUMNS = columns([
  { key: 'id', title: 'Mã nhiệm vụ', width: 12, input: false },
  { key: 'title', title: 'Tên nhiệm vụ', width: 48, input: false },
  { key: 'role', title: 'Vai trò', width: 11, input: false },
  { key: 'plan', title: 'Kế hoạch', width: 16, input: false },
  { key: 'deadline', title: 'Thời hạn', width: 12, input: false },
  { key: 'lastStatus', title: 'Trạng thái đã báo cáo', width: 16, input: false },
  { key: 'lastProgress', title: 'Tiến độ đã báo cáo (%)', width: 12, input: false },
  { key: 'status', title: 'Trạng thái', width: 18, input: true },
  { key: 'progress', title: 'Tiến độ (%)', width: 11, input: true },
  { key: 'completed', title: 'Ngày hoàn thành (dd/mm/yyyy)', width: 16, input: true },
  // "Có": the row is an estimate to the period's last day (ước thực hiện, 0.3), not a measurement.
  { key: 'estimate', title: 'Ước thực hiện đến cuối kỳ', width: 13, input: true },
  { key: 'note', title: 'Kết quả thực hiện', width: 40, input: true },
  { key: 'issues', title: 'Khó khăn, vướng mắc', width: 36, input: true },
  { key: 'theme', title: 'Chủ đề khó khăn', width: 24, input: true },
  { key: 'evidence', title: 'Tài liệu kiểm chứng', width: 26, input: true },
]);

export const INDICATOR_COLUMNS = columns([
  { key: 'id', title: 'Mã chỉ tiêu', width: 20, input: false },
  { key: 'name', title: 'Tên chỉ tiêu', width: 44, input: false },
  { key: 'unit', title: 'Đơn vị tính', width: 12, input: false },
  { key: 'target', title: 'Mục tiêu', width: 11, input: false },
  { key: 'lastValue', title: 'Số liệu gần nhất', width: 12, input: false },
  { key: 'lastDate', title: 'Ngày số liệu gần nhất', width: 14, input: false },
  { key: 'value', title: 'Số liệu kỳ này', width: 13, input: true },
  { key: 'date', title: 'Ngày số liệu (dd/mm/yyyy)', width: 16, input: true },
  { key: 'note', title: 'Ghi chú, nguồn số liệu', width: 36, input: true },
  // Last, so that a form made before it (version 2 without the column) reads the same.
  { key: 'estimate', title: 'Ước thực hiện đến cuối kỳ', width: 13, input: true },
]);

export const CRITERION_COLUMNS = columns([
  { key: 'id', title: 'Mã tiêu chí', width: 12, input: false },
  { key: 'component', title: 'Chỉ số thành phần', width: 22, input: false },
  { key: 'name', title: 'Tiêu chí', width: 50, input: false },
  { key: 'max', title: 'Điểm tối đa', width: 10, input: false },
  { key: 'score', title: 'Điểm tự đánh giá', width: 12, input: true },
  { key: 'evidence', title: 'Tài liệu kiểm chứng', width: 36, input: true },
]);

/** Free rows under the criteria for difficulties, then as many for proposals. */
export const TEXT_ROWS = 5;

/** The Vietnamese statuses offered in the list, as the contract spells them. */
export const STATUS_CHOICES = [
  'Chưa triển khai',
  'Đang triển khai',
  'Hoàn thành',
  'Dừng thực hiện',
];

/** The estimate column's list: "Có" marks the row as ước thực hiện; empty or "Không" does not. */
export const ESTIMATE_CHOICES = ['Có', 'Không'];

export const ROLE_WORDS = {
  lead: 'Chủ trì',
  share: 'Chủ trì (phần)',
  partner: 'Phối hợp',
} as const;

/** Keys of the hidden identity sheet, one per row in column A, values in B. */
export const IDENTITY_KEYS = [
  'form',
  'dataset',
  'agency',
  'period',
  'version',
  'fingerprint',
] as const;
export const FORM_MARK = 'dx-report intake';

export const column = (list: readonly Column[], key: string): Column =>
  list.find((entry) => entry.key === key)!;
