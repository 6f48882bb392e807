/**
 * The workbook of a dataset with group-led tasks (0.3): "Nhiệm vụ" lists each
 * task once with its shares done of held, "Phần việc" each commune's share
 * under the commune, "Đơn vị" counts the shares in each commune's figures.
 */
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel, checkDataset } from '../../../src/pipeline.js';
import { parsePeriod } from '../../../src/model/period.js';
import { GROUP_LED_FILES } from '../../fixtures/group-led.js';
import { writeDataset } from '../../helpers/temp-dataset.js';
import { day, renderAndLoad, rowValues, sheet, tableValues } from './read-back.js';

let workbook: ExcelJS.Workbook;
beforeAll(async () => {
  const { dataset } = await checkDataset({ data: writeDataset(GROUP_LED_FILES) });
  workbook = await renderAndLoad(buildModel(dataset!, { period: parsePeriod('2026-H1')! }));
});

describe('a workbook with group-led tasks', () => {
  it('has a "Phần việc" sheet after the tasks', () => {
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      'Tổng hợp',
      'Nhiệm vụ',
      'Phần việc',
      'Đơn vị',
      'Khó khăn - Đề xuất',
    ]);
  });

  it('lists each group-led task once, under the group, with its shares done of held', () => {
    const tasks = sheet(workbook, 'Nhiệm vụ');
    expect(rowValues(tasks.getRow(4), 11)).toEqual([
      'Mã',
      'Tên nhiệm vụ',
      'Đơn vị chủ trì',
      'Thời hạn',
      'Loại thời hạn',
      'Trạng thái tại ngày 30/6/2026',
      'Tiến độ',
      'Ngày hoàn thành',
      'Đánh giá',
      'Phần việc đã hoàn thành',
      'Số phần việc',
    ]);
    expect(tableValues(tasks, 5, 11)).toEqual([
      [
        'CQS-01',
        'Kho dữ liệu dùng chung',
        'Sở Khoa học và Công nghệ',
        day('2026-12-31'),
        'Có thời hạn',
        'Đang triển khai',
        0.3,
        null,
        'Đang thực hiện trong hạn',
        null,
        null,
      ],
      [
        'XHS-12',
        'Kiện toàn Tổ công nghệ số cộng đồng',
        'Xã, phường',
        day('2026-06-30'),
        'Có thời hạn',
        'Đang triển khai',
        0.92,
        null,
        'Quá hạn',
        4,
        5,
      ],
      [
        'XHS-13',
        'Triển khai thanh toán không dùng tiền mặt tại chợ',
        'Xã, phường',
        day('2026-12-31'),
        'Có thời hạn',
        'Đang triển khai',
        0.08,
        null,
        'Đang thực hiện trong hạn',
        0,
        5,
      ],
      [
        'XHS-14',
        'Công khai thủ tục hành chính trên trang thông tin điện tử',
        'Xã, phường',
        day('2026-06-30'),
        'Có thời hạn',
        'Hoàn thành',
        1,
        day('2026-06-20'),
        'Hoàn thành đúng hạn',
        5,
        5,
      ],
    ]);
  });

  it('lists each commune’s shares under the commune, by name', () => {
    const shares = sheet(workbook, 'Phần việc');
    expect(shares.getCell('A1').value).toBe(
      'Ban Chỉ đạo Chuyển đổi số tỉnh — Phần việc của từng cơ quan trong nhiệm vụ giao cho nhóm 6 tháng đầu năm 2026',
    );
    expect(rowValues(shares.getRow(4), 9)).toEqual([
      'Đơn vị',
      'Mã',
      'Tên nhiệm vụ',
      'Giao cho',
      'Thời hạn',
      'Trạng thái tại ngày 30/6/2026',
      'Tiến độ',
      'Ngày hoàn thành',
      'Đánh giá',
    ]);
    expect(
      tableValues(shares, 5, 9).map((row) => [row[0], row[1], row[5], row[6], row[8]]),
    ).toEqual([
      ['UBND phường Đông Hà', 'XHS-12', 'Hoàn thành', 1, 'Hoàn thành đúng hạn'],
      ['UBND phường Đông Hà', 'XHS-13', 'Chưa triển khai', null, 'Chưa triển khai'],
      ['UBND phường Đông Hà', 'XHS-14', 'Hoàn thành', 1, 'Hoàn thành đúng hạn'],
      ['UBND phường Nam Đông Hà', 'XHS-12', 'Đang triển khai', 0.6, 'Quá hạn'],
      ['UBND phường Nam Đông Hà', 'XHS-13', 'Chưa triển khai', null, 'Chưa triển khai'],
      ['UBND phường Nam Đông Hà', 'XHS-14', 'Hoàn thành', 1, 'Hoàn thành đúng hạn'],
      ['UBND xã Cam Lộ', 'XHS-12', 'Hoàn thành', 1, 'Hoàn thành đúng hạn'],
      ['UBND xã Cam Lộ', 'XHS-13', 'Chưa triển khai', null, 'Chưa triển khai'],
      ['UBND xã Cam Lộ', 'XHS-14', 'Hoàn thành', 1, 'Hoàn thành đúng hạn'],
      ['UBND xã Gio Linh', 'XHS-12', 'Hoàn thành', 1, 'Hoàn thành đúng hạn'],
      ['UBND xã Gio Linh', 'XHS-13', 'Đang triển khai', 0.4, 'Đang thực hiện trong hạn'],
      ['UBND xã Gio Linh', 'XHS-14', 'Hoàn thành', 1, 'Hoàn thành đúng hạn'],
      ['UBND xã Hiếu Giang', 'XHS-12', 'Hoàn thành', 1, 'Hoàn thành đúng hạn'],
      ['UBND xã Hiếu Giang', 'XHS-13', 'Chưa triển khai', null, 'Chưa triển khai'],
      ['UBND xã Hiếu Giang', 'XHS-14', 'Hoàn thành', 1, 'Hoàn thành đúng hạn'],
    ]);
  });

  it('counts the shares in each commune’s row, and says how many of its tasks they are', () => {
    const agencies = sheet(workbook, 'Đơn vị');
    const headers = rowValues(agencies.getRow(4), 20);
    const column = headers.indexOf('Trong đó: phần việc của nhiệm vụ giao cho nhóm');
    const assigned = headers.indexOf('Giao');
    expect(column).toBeGreaterThan(0);
    expect(tableValues(agencies, 5, 20).map((row) => [row[0], row[assigned], row[column]])).toEqual(
      [
        ['Sở Khoa học và Công nghệ', 1, 0],
        ['UBND phường Đông Hà', 3, 3],
        ['UBND phường Nam Đông Hà', 3, 3],
        ['UBND xã Cam Lộ', 3, 3],
        ['UBND xã Gio Linh', 3, 3],
        ['UBND xã Hiếu Giang', 3, 3],
      ],
    );
  });
});
