/**
 * The intake form as an .xlsx (issue 25): Hướng dẫn, Nhiệm vụ, Chỉ tiêu,
 * Tự đánh giá (when the agency assesses itself), and a hidden sheet that says
 * what the form is. Locked cells are protected without a password (a guide
 * against slips, not security); cells to fill are unlocked and shaded, with
 * lists and number ranges as data validation; A4 landscape, header repeated.
 * The same form always gives the same bytes: dates are the figures day and
 * the zip's entries are stamped with it.
 */
import type { Cell, DataValidation, Workbook, Worksheet } from 'exceljs';
import { periodLabelVi } from '../model/period.js';
import type { Theme } from '../model/types.js';
import { formatDateShort } from '../render/format-vi.js';
import { ONGOING_WORD, STATUS_WORDS } from '../render/vocabulary.js';
import { pinZipTimestamps } from '../render/zip-timestamps.js';
import { utcMidnight, xmlSafe } from '../render/xlsx/cells.js';
import { FORM_VERSION, type IntakeForm } from './form-model.js';
import {
  column,
  CRITERION_COLUMNS,
  ESTIMATE_CHOICES,
  FIRST_ROW,
  FORM_MARK,
  HEADER_ROW,
  INDICATOR_COLUMNS,
  ROLE_WORDS,
  SHEETS,
  STATUS_CHOICES,
  TASK_COLUMNS,
  TEXT_ROWS,
  type Column,
} from './layout.js';

const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } as const;
const THIN = { style: 'thin', color: { argb: 'FF999999' } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The file name of an agency's form: `<agency-id>-<P>.xlsx`. */
export const formFileName = (form: IntakeForm): string =>
  `${form.agency.id}-${form.period.code}.xlsx`;

/** Writes the form's workbook. `themes`: the names offered for a difficulty's theme. */
export async function writeFormWorkbook(
  form: IntakeForm,
  themes: readonly Theme[],
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const day = utcMidnight(form.figuresDay);
  workbook.creator = xmlSafe(form.office);
  workbook.lastModifiedBy = xmlSafe(form.office);
  workbook.created = day;
  workbook.modified = day;
  workbook.title = xmlSafe(`Biểu mẫu báo cáo ${periodLabelVi(form.period)}`);
  guideSheet(workbook, form);
  tasksSheet(workbook, form, themes.length > 0);
  indicatorsSheet(workbook, form);
  if (form.criteria !== null) assessmentSheet(workbook, form);
  identitySheet(workbook, form, themes);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return pinZipTimestamps(bytes, form.figuresDay);
}

function guideSheet(workbook: Workbook, form: IntakeForm): void {
  const sheet = workbook.addWorksheet(SHEETS.guide, { pageSetup: pageSetup() });
  sheet.getColumn(1).width = 110;
  const period = periodLabelVi(form.period);
  const lines = [
    `BIỂU MẪU BÁO CÁO CHUYỂN ĐỔI SỐ ${period.toUpperCase()}`,
    `Cơ quan báo cáo: ${form.agency.name}`,
    `Kỳ báo cáo: ${period}; số liệu tính đến hết ngày ${formatDateShort(form.figuresDay)} (kết quả trong kỳ: từ ${formatDateShort(form.windowStart)} đến ${formatDateShort(form.figuresDay)}).`,
    form.due === null
      ? 'Thời hạn gửi: theo văn bản đề nghị báo cáo.'
      : `Thời hạn gửi: trước hết ngày ${formatDateShort(form.due)}.`,
    '',
    'Cách điền:',
    '1. Chỉ điền vào các ô nền vàng; các ô khác đã khóa để tránh sửa nhầm. Không thêm, xóa, đổi tên hay sắp xếp lại trang tính và dòng.',
    `2. Trang "${SHEETS.tasks}": mỗi dòng là một nhiệm vụ cơ quan chủ trì hoặc phối hợp. Chọn trạng thái trong danh sách, ghi tiến độ (số nguyên 0–100), ngày hoàn thành khi đã hoàn thành, kết quả, khó khăn và tài liệu kiểm chứng. Trạng thái, tiến độ dự kiến đạt được đến hết ngày ${formatDateShort(form.lastDay)} (ước thực hiện) thì chọn "Có" ở cột "${column(TASK_COLUMNS, 'estimate').title}"; để trống là kết quả thực tế đến ngày ${formatDateShort(form.figuresDay)}. Cơ quan phối hợp chỉ ghi kết quả, khó khăn, tài liệu kiểm chứng.`,
    ...(form.tasks.some((task) => task.role === 'share')
      ? [
          `   Dòng có vai trò "${ROLE_WORDS.share}" là nhiệm vụ giao chung cho các cơ quan cùng nhóm: trạng thái, tiến độ ghi cho phần việc của cơ quan mình.`,
        ]
      : []),
    `3. Trang "${SHEETS.indicators}": ghi số liệu kỳ này của các chỉ tiêu cơ quan phụ trách; để trống ngày số liệu thì tính vào ngày ${formatDateShort(form.figuresDay)}. Số liệu dự kiến đạt được đến hết ngày ${formatDateShort(form.lastDay)} (ước thực hiện) thì chọn "Có" ở cột "${column(INDICATOR_COLUMNS, 'estimate').title}".`,
    ...(form.criteria === null
      ? []
      : [
          `4. Trang "${SHEETS.assessment}": ghi điểm tự đánh giá từng tiêu chí (không quá điểm tối đa) và tài liệu kiểm chứng; khó khăn, đề xuất ghi ở các dòng cuối trang.`,
        ]),
    'Số thập phân dùng dấu phẩy hoặc dấu chấm (8,5 hay 8.5); ngày ghi dd/mm/yyyy (10/11/2026). Dòng để trống nghĩa là chưa có gì để báo cáo.',
    `Lưu tệp dạng .xlsx, giữ nguyên tên tệp và gửi lại ${form.office}. Có vướng mắc khi điền, hãy liên hệ bộ phận tổng hợp của ${form.office}.`,
  ];
  lines.forEach((text, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = xmlSafe(text);
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (index === 0) cell.font = { bold: true, size: 13 };
    // Spreadsheets do not grow a wrapped row on their own when opening a file: as many lines as it wraps to.
    else
      sheet.getRow(index + 1).height =
        LINE_HEIGHT * Math.max(1, Math.ceil(text.length / GUIDE_LINE));
  });
  void sheet.protect('', {});
}

/** Characters on one line of the guide's column (width 110), with room for wide letters; points per line. */
const GUIDE_LINE = 100;
const LINE_HEIGHT = 15;

function tasksSheet(workbook: Workbook, form: IntakeForm, hasThemes: boolean): void {
  const sheet = tableSheet(workbook, SHEETS.tasks, TASK_COLUMNS, [
    `NHIỆM VỤ CHUYỂN ĐỔI SỐ — ${form.agency.name}`,
    `${periodLabelVi(form.period)}, số liệu đến ngày ${formatDateShort(form.figuresDay)}. Điền các ô nền vàng.`,
  ]);
  form.tasks.forEach((task, index) => {
    const row = FIRST_ROW + index;
    const values: Record<string, string | number | null> = {
      id: task.id,
      title: task.title,
      role: ROLE_WORDS[task.role],
      plan: task.plan,
      deadline:
        task.deadline.kind === 'date'
          ? formatDateShort(task.deadline.date)
          : task.deadline.kind === 'ongoing'
            ? ONGOING_WORD
            : null,
      lastStatus: STATUS_WORDS[task.status],
      lastProgress: task.progress,
    };
    writeRow(sheet, TASK_COLUMNS, row, values, task.role === 'partner' ? PARTNER_LOCKED : []);
    const input = (key: string) => sheet.getCell(`${column(TASK_COLUMNS, key).letter}${row}`);
    if (task.role !== 'partner') {
      input('status').dataValidation = listOf(STATUS_RANGE);
      input('progress').dataValidation = wholeNumber(0, 100, 'Tiến độ là số nguyên từ 0 đến 100.');
      // An estimate's completion may run to the period's last day; a measured one is checked on import.
      input('completed').dataValidation = dateUpTo(form.lastDay);
      input('estimate').dataValidation = listOf(`"${ESTIMATE_CHOICES.join(',')}"`);
    }
    if (hasThemes) input('theme').dataValidation = listOf(THEME_RANGE);
  });
  finishTable(sheet, TASK_COLUMNS, form.tasks.length);
}

/** A partner reports its result, difficulties and evidence: status, progress and completion stay locked. */
const PARTNER_LOCKED = ['status', 'progress', 'completed', 'estimate'];

function indicatorsSheet(workbook: Workbook, form: IntakeForm): void {
  const sheet = tableSheet(workbook, SHEETS.indicators, INDICATOR_COLUMNS, [
    `CHỈ TIÊU CHUYỂN ĐỔI SỐ — ${form.agency.name}`,
    `${periodLabelVi(form.period)}. Để trống ngày số liệu thì tính vào ngày ${formatDateShort(form.figuresDay)}.`,
  ]);
  form.indicators.forEach((indicator, index) => {
    const row = FIRST_ROW + index;
    writeRow(sheet, INDICATOR_COLUMNS, row, {
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      target: indicator.target,
      lastValue: indicator.last?.value ?? null,
      lastDate: indicator.last ? formatDateShort(indicator.last.date) : null,
    });
    const cell = (key: string) => sheet.getCell(`${column(INDICATOR_COLUMNS, key).letter}${row}`);
    cell('value').dataValidation = {
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [0],
      showErrorMessage: true,
      errorStyle: 'warning',
      error: 'Số liệu là một số.',
    };
    cell('date').dataValidation = dateUpTo(form.lastDay);
    cell('estimate').dataValidation = listOf(`"${ESTIMATE_CHOICES.join(',')}"`);
  });
  finishTable(sheet, INDICATOR_COLUMNS, form.indicators.length);
}

function assessmentSheet(workbook: Workbook, form: IntakeForm): void {
  const criteria = form.criteria ?? [];
  const sheet = tableSheet(workbook, SHEETS.assessment, CRITERION_COLUMNS, [
    `TỰ ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ — ${form.agency.name}`,
    `${periodLabelVi(form.period)}. Điểm không quá điểm tối đa; số thập phân như 8,5.`,
  ]);
  criteria.forEach((criterion, index) => {
    const row = FIRST_ROW + index;
    writeRow(sheet, CRITERION_COLUMNS, row, {
      id: criterion.id,
      component: criterion.component,
      name: criterion.name,
      max: criterion.max,
    });
    sheet.getCell(`${column(CRITERION_COLUMNS, 'score').letter}${row}`).dataValidation = {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [0, criterion.max],
      showErrorMessage: true,
      errorStyle: 'warning',
      error: `Điểm từ 0 đến ${criterion.max}.`,
    };
  });
  const texts = textRowsStart(criteria.length);
  for (const [offset, label] of [
    [0, 'Khó khăn, vướng mắc'],
    [TEXT_ROWS + 1, 'Đề xuất, kiến nghị'],
  ] as const) {
    const title = sheet.getCell(texts + offset, 1);
    title.value = label;
    title.font = { bold: true };
    for (let line = 1; line <= TEXT_ROWS; line++) {
      const row = texts + offset + line;
      sheet.mergeCells(row, 2, row, CRITERION_COLUMNS.length);
      sheet.getCell(row, 1).value = line;
      const cell = sheet.getCell(row, 2);
      shadeInput(cell);
      cell.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  finishTable(sheet, CRITERION_COLUMNS, criteria.length);
}

/** The first row of the difficulties block: two rows under the last criterion. */
export const textRowsStart = (criteria: number): number => FIRST_ROW + criteria + 1;

function identitySheet(workbook: Workbook, form: IntakeForm, themes: readonly Theme[]): void {
  const sheet = workbook.getWorksheet(SHEETS.identity) ?? workbook.addWorksheet(SHEETS.identity);
  sheet.state = 'hidden';
  const identity: [string, string][] = [
    ['form', FORM_MARK],
    ['dataset', form.dataset],
    ['agency', form.agency.id],
    ['period', form.period.code],
    ['version', FORM_VERSION],
    ['fingerprint', form.fingerprint],
  ];
  identity.forEach(([key, value], index) => {
    sheet.getCell(index + 1, 1).value = key;
    sheet.getCell(index + 1, 2).value = xmlSafe(value);
  });
  STATUS_CHOICES.forEach((status, index) => (sheet.getCell(index + 2, 4).value = status));
  themes.forEach((theme, index) => (sheet.getCell(index + 2, 5).value = xmlSafe(theme.name)));
  void sheet.protect('', {});
}

/** The themes' names, listed in the hidden sheet's column E. */
const THEME_RANGE = `'${SHEETS.identity}'!$E$2:$E$200`;

/** The statuses, listed in the hidden sheet's column D. */
const STATUS_RANGE = `'${SHEETS.identity}'!$D$2:$D$5`;

function tableSheet(
  workbook: Workbook,
  name: string,
  columns: readonly Column[],
  titles: readonly string[],
): Worksheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { ...pageSetup(), printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
    views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }],
  });
  columns.forEach((entry, index) => (sheet.getColumn(index + 1).width = entry.width));
  titles.forEach((text, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = xmlSafe(text);
    if (index === 0) cell.font = { bold: true, size: 13 };
  });
  const header = sheet.getRow(HEADER_ROW);
  columns.forEach((entry, index) => {
    const cell = header.getCell(index + 1);
    cell.value = entry.title;
    cell.font = { bold: true };
    cell.fill = entry.input ? INPUT_FILL : HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  header.height = 45;
  return sheet;
}

function writeRow(
  sheet: Worksheet,
  columns: readonly Column[],
  row: number,
  values: Record<string, string | number | null>,
  locked: readonly string[] = [],
): void {
  columns.forEach((entry, index) => {
    const cell = sheet.getCell(row, index + 1);
    const value = values[entry.key];
    if (value !== undefined && value !== null)
      cell.value = typeof value === 'string' ? xmlSafe(value) : value;
    cell.border = BORDER;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (entry.input && !locked.includes(entry.key)) shadeInput(cell);
  });
  // As many lines as its longest locked text wraps to (a spreadsheet does not grow the row on opening).
  const lines = Math.max(
    1,
    ...columns.map((entry) => {
      const value = values[entry.key];
      return typeof value === 'string' ? Math.ceil(value.length / Math.max(1, entry.width - 2)) : 1;
    }),
  );
  if (lines > 1) sheet.getRow(row).height = LINE_HEIGHT * lines;
}

function shadeInput(cell: Cell): void {
  cell.fill = INPUT_FILL;
  cell.protection = { locked: false };
}

function finishTable(sheet: Worksheet, columns: readonly Column[], rows: number): void {
  if (rows > 0)
    sheet.autoFilter = {
      from: { row: HEADER_ROW, column: 1 },
      to: { row: HEADER_ROW + rows, column: columns.length },
    };
  void sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });
}

function pageSetup() {
  return {
    paperSize: 9,
    orientation: 'landscape' as const,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

function listOf(range: string): DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [range],
    showErrorMessage: true,
    errorStyle: 'warning',
    error: 'Hãy chọn một giá trị trong danh sách.',
  };
}

function wholeNumber(min: number, max: number, error: string): DataValidation {
  return {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [min, max],
    showErrorMessage: true,
    errorStyle: 'warning',
    error,
  };
}

function dateUpTo(day: string): DataValidation {
  return {
    type: 'date',
    operator: 'lessThanOrEqual',
    allowBlank: true,
    formulae: [utcMidnight(day)],
    showErrorMessage: true,
    errorStyle: 'warning',
    error: `Ngày dạng dd/mm/yyyy, không sau ngày ${formatDateShort(day)}.`,
  };
}
