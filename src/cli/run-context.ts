/** What every command receives from main.ts: where to print, in which language, with which reporter. */
import type { Language } from '../diagnostics/messages.js';
import type { ReporterName } from '../diagnostics/reporters.js';
import type { Settings } from '../model/types.js';
import type { CliIo } from './io.js';
import type { Terminal } from './terminal.js';

/** The streams, environment and working folder (CliIo) come from the launcher or a test. */
export interface RunContext extends CliIo {
  terminal: Terminal;
  /**
   * Message language: `--lang`, else dx-report.yaml's `defaults.lang` once the
   * dataset is read, else Vietnamese. main.ts reads it again for failures.
   */
  language: Language;
  /** `--lang` as given; it wins over the dataset's default. */
  readonly languageFlag: Language | undefined;
  readonly reporter: ReporterName;
}

/** Takes the dataset's default language unless `--lang` was given. */
export function adoptDatasetDefaults(context: RunContext, settings: Settings | undefined): void {
  context.language = context.languageFlag ?? settings?.defaults.lang ?? context.language;
}
