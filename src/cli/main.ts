/**
 * The command line: declares commands and options, turns flags into options,
 * runs the pipeline and maps the outcome to an exit code. Command modules load
 * lazily, so `--version` and `--help` never load ajv, Handlebars or exceljs.
 * Exit codes: 0 success; 1 the dataset has errors (or warnings with --strict);
 * 2 usage errors; 3 unexpected failure.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import type { Language } from '../diagnostics/messages.js';
import { say, UsageError } from './messages.js';
import { parseLanguage, parseReporter, type CommonFlags } from './options.js';
import { createTerminal, type Terminal } from './terminal.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const EXIT_CODES_HELP = `
Mã thoát / exit codes:
  0  thành công / success
  1  dữ liệu có lỗi (hoặc cảnh báo khi dùng --strict) / the dataset has errors (or warnings with --strict)
  2  sai cách dùng: lệnh, tùy chọn, kỳ báo cáo, thư mục dữ liệu, mẫu báo cáo / usage error
  3  lỗi ngoài dự kiến (chạy lại với --debug) / unexpected failure (run again with --debug)`;

interface GlobalFlags extends CommonFlags {
  color?: boolean;
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let exitCode = 0;
  let language: Language = 'vi';
  let debug = argv.includes('--debug');
  let terminal: Terminal = createTerminal({ quiet: false, env });
  const program = new Command();

  /** Common setup for the commands that read a dataset. */
  const contextFor = (flags: GlobalFlags) => {
    language = parseLanguage(flags.lang) ?? 'vi';
    debug = flags.debug === true;
    terminal = createTerminal({ quiet: flags.quiet === true, env: flags.color === false ? { ...env, NO_COLOR: '1', FORCE_COLOR: undefined } : env });
    return { terminal, language, reporter: parseReporter(flags.reporter, env), env };
  };
  const withData = (command: Command) =>
    command
      .option('-d, --data <dir>', 'thư mục dữ liệu / data folder', 'data')
      .option('--strict', 'coi cảnh báo là lỗi / treat warnings as errors')
      .option('--max-file-mb <mb>', 'dung lượng tối đa một tệp (MB) / largest file (MB)')
      .option('--max-dataset-mb <mb>', 'dung lượng tối đa bộ dữ liệu (MB) / largest dataset (MB)');
  const periodOptions = (command: Command) =>
    command
      .requiredOption('-p, --period <code>', 'kỳ báo cáo: 2024, 2024-H1, 2024-Q2, 2024-9M, 2024-06, current, previous')
      .addOption(new Option('--period-kind <kind>', 'loại kỳ cho current/previous').choices(['month', 'quarter', 'half', 'nine-months', 'year']))
      .option('--as-of <date>', 'lấy số liệu đến ngày (YYYY-MM-DD) / figures as of this day')
      .option('--compare <code>', 'kỳ so sánh (mặc định: kỳ liền trước) / period to compare with');

  program
    .name('dx-report')
    .description('Báo cáo tiến độ chuyển đổi số từ dữ liệu YAML / digital-transformation progress reports from YAML data')
    .version(VERSION, '-V, --version', 'phiên bản / version')
    .helpOption('-h, --help', 'trợ giúp / help')
    .option('--lang <lang>', 'ngôn ngữ thông báo: vi | en / message language')
    .option('--reporter <name>', 'text | json | github (mặc định github khi GITHUB_ACTIONS=true)')
    .option('-q, --quiet', 'chỉ in lỗi / print errors only')
    .option('--no-color', 'không tô màu / no colours')
    .option('--debug', 'in chi tiết lỗi ngoài dự kiến / show stack traces of unexpected failures')
    .addHelpText('after', EXIT_CODES_HELP)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  withData(program.command('validate').description('kiểm tra bộ dữ liệu / check the dataset')).action(async (_options, command: Command) => {
    const flags = command.optsWithGlobals<GlobalFlags>();
    const { runValidate } = await import('./commands/validate.js');
    exitCode = await runValidate(flags, contextFor(flags));
  });

  periodOptions(withData(program.command('build').description('lập báo cáo / build the reports')))
    .option('-f, --format <list>', 'md,json,xlsx (mặc định md / default md)')
    .option('-o, --out <dir>', 'thư mục ghi báo cáo (mặc định ./reports)')
    .option('--template <file>', 'mẫu Handlebars cho báo cáo Markdown / Markdown template')
    .option('--date <date>', 'ngày ghi ở dòng địa danh (mặc định: ngày lấy số liệu)')
    .option('--dry-run', 'kiểm tra và tính toán, không ghi tệp / compute, write nothing')
    .action(async (_options, command: Command) => {
      const flags = command.optsWithGlobals<GlobalFlags & { period: string }>();
      const { runBuild } = await import('./commands/build.js');
      exitCode = await runBuild(flags, contextFor(flags));
    });

  periodOptions(withData(program.command('summary').description('bảng số liệu chính trên màn hình / key figures in the terminal'))).action(
    async (_options, command: Command) => {
      const flags = command.optsWithGlobals<GlobalFlags & { period: string }>();
      const { runSummary } = await import('./commands/summary.js');
      exitCode = await runSummary(flags, contextFor(flags));
    },
  );

  program
    .command('init')
    .description('tạo bộ dữ liệu mẫu có chú thích / write a starter dataset')
    .argument('[dir]', 'thư mục / folder', 'data')
    .action(async (dir: string, _options, command: Command) => {
      const context = contextFor(command.optsWithGlobals<GlobalFlags>());
      const { runInit } = await import('./commands/init.js');
      exitCode = await runInit(dir, context.terminal, context.language);
    });

  program
    .command('schema')
    .description('ghi JSON Schema cho trình soạn thảo / write the JSON Schemas for editors')
    .option('-o, --out <dir>', 'thư mục / folder', 'schemas')
    .action(async (options: { out: string }, command: Command) => {
      const context = contextFor(command.optsWithGlobals<GlobalFlags>());
      const { runSchema } = await import('./commands/schema.js');
      exitCode = await runSchema(options.out, context.terminal, context.language);
    });

  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    return failure(error, terminal, language, debug);
  }
}

/** Maps a thrown error to its exit code: usage 2, anything else 3 with one line (the stack only with --debug). */
async function failure(error: unknown, terminal: Terminal, language: Language, debug: boolean): Promise<number> {
  if (error instanceof CommanderError) {
    // Help and version end through exitOverride too, with exit code 0.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UsageError) {
    terminal.error(`dx-report: ${say(language, error.key, ...error.args)}`);
    return 2;
  }
  const { DataFolderError } = await import('../load/load-dataset.js');
  if (error instanceof DataFolderError) {
    terminal.error(`dx-report: ${say(language, 'noDataFolder', error.folder)}`);
    return 2;
  }
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  terminal.error(`dx-report: ${say(language, typeof errno === 'string' && errno.startsWith('E') ? 'ioError' : 'unexpected', detail)}`);
  if (debug && error instanceof Error && error.stack) terminal.error(error.stack);
  return 3;
}
