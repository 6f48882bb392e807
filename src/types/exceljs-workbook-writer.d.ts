/**
 * exceljs's streaming writer on its own. The package's main module also loads
 * the in-memory workbook, the readers and CSV support, which a run that only
 * writes a workbook never uses: loading just the writer saves about 0.1 s of
 * every build with `--format xlsx` (BENCHMARKS.md).
 */
declare module 'exceljs/lib/stream/xlsx/workbook-writer.js' {
  import type { stream } from 'exceljs';

  const WorkbookWriter: typeof stream.xlsx.WorkbookWriter;
  export default WorkbookWriter;
}
