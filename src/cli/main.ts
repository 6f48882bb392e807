/**
 * The command line: declares commands and options, turns the shared flags into a
 * run context and maps the outcome to an exit code. Command modules load lazily,
 * and nothing imported here reaches the pipeline, so `--version` and `--help`
 * never load yaml, ajv, Handlebars or exceljs.
 * Exit codes: 0 success; 1 the dataset has errors (or warnings with --strict);
 * 2 usage errors; 3 unexpected failure.
 * Nothing here or below touches `process`: the streams, environment and working
 * folder come in `io`, and the launcher (bin/dx-report.js) sets the exit code,
 * the signal handlers and the closed-pipe guard. Tests call `main` in-process.
 */
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { REPORT_FORMATS } from '../model/report-formats.js';
import { EXIT_CODES_HELP, failure } from './failure.js';
import { parseLanguage, parseReporter, type GlobalFlags } from './global-flags.js';
import type { BuildFlags } from './commands/build.js';
import type { IntakeImportFlags, IntakeMakeFlags } from './commands/intake.js';
import type { SummaryFlags } from './commands/summary.js';
import type { CliIo } from './io.js';
import type { RemindFlags } from './commands/remind.js';
import type { StatusFlags } from './commands/status.js';
import type { CommonFlags } from './options.js';
import type { RunContext } from './run-context.js';
import { colourLevel, createTerminal, prepareColour } from './terminal.js';
import { languageInArgv } from './usage-errors.js';

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/**
 * Runs `dx-report <argv>` (the arguments after the program's name) and
 * resolves to its exit code; it never exits the process itself.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const { env, stdout, stderr } = io;
  let exitCode = 0;
  await prepareColour(io);
  // Until a command has parsed its flags, failures speak the language `--lang` names, with default manners.
  let context: RunContext = {
    ...io,
    terminal: createTerminal({ quiet: false, env, stdout, stderr }),
    language: languageInArgv(argv),
    languageFlag: undefined,
    reporter: 'text',
  };
  let debug = argv.includes('--debug');

  /** Runs a lazily loaded command with the context its flags describe; its result is the exit code. */
  const run =
    <Flags extends GlobalFlags>(
      handler: (flags: Flags, context: RunContext, command: Command) => Promise<number>,
    ) =>
    async (...args: unknown[]) => {
      // commander passes the operands, the options and last the command itself.
      const command = args[args.length - 1] as Command;
      const flags = command.optsWithGlobals<Flags>();
      debug = flags.debug === true;
      const languageFlag = parseLanguage(flags.lang);
      const colourEnv =
        flags.color === false ? { ...env, NO_COLOR: '1', FORCE_COLOR: undefined } : env;
      context = {
        ...io,
        terminal: createTerminal({ quiet: flags.quiet === true, env: colourEnv, stdout, stderr }),
        language: languageFlag ?? 'vi',
        languageFlag,
        reporter: parseReporter(flags.reporter, env),
      };
      exitCode = await handler(flags, context, command);
    };
  const withData = (command: Command) =>
    command
      .option('-d, --data <dir>', 'thư mục dữ liệu / data folder', 'data')
      .option('--strict', 'coi cảnh báo là lỗi / treat warnings as errors')
      .option('--max-file-mb <mb>', 'dung lượng tối đa một tệp (MB) / largest file (MB)')
      .option('--max-dataset-mb <mb>', 'dung lượng tối đa bộ dữ liệu (MB) / largest dataset (MB)')
      // Ignored, kept so that CI commands passing it still run (cli/options.ts says so).
      .addOption(new Option('-j, --jobs <n>').hideHelp());
  const withPeriod = (command: Command) =>
    command
      // Required, but checked by the pipeline: commander would report it missing before a misspelt `--perod`.
      .option(
        '-p, --period <code>',
        'kỳ báo cáo (bắt buộc): 2024, 2024-H1, 2024-Q2, 2024-9M, 2024-06, current, previous',
      )
      .addOption(
        new Option('--period-kind <kind>', 'loại kỳ cho current/previous (mặc định half)').choices([
          'month',
          'quarter',
          'half',
          'nine-months',
          'year',
        ]),
      )
      .option('--as-of <date>', 'lấy số liệu đến ngày (YYYY-MM-DD) / figures as of this day')
      .option('--compare <code>', 'kỳ so sánh (mặc định: kỳ liền trước) / period to compare with')
      .option(
        '--plan <ids>',
        "chỉ tính nhiệm vụ của các kế hoạch này (mã, cách nhau bởi dấu phẩy) / only these plans' tasks",
      )
      .option(
        '--estimate',
        'ước thực hiện: số liệu đến hết ngày cuối kỳ, tính cả cập nhật estimate: true / figures as of the period end, counting estimates',
      );

  const program = new Command()
    .name('dx-report')
    .description(
      'Báo cáo tiến độ chuyển đổi số từ dữ liệu YAML / digital-transformation progress reports from YAML data',
    )
    .version(VERSION, '-V, --version', 'phiên bản / version')
    .helpOption('-h, --help', 'trợ giúp / help')
    .option('--lang <lang>', 'ngôn ngữ thông báo: vi | en (mặc định: defaults.lang, rồi vi)')
    .option('--reporter <name>', 'text | json | github (mặc định github khi GITHUB_ACTIONS=true)')
    .option('-q, --quiet', 'chỉ in lỗi / print errors only')
    .option('--no-color', 'không tô màu / no colours')
    .option('--debug', 'in chi tiết lỗi ngoài dự kiến / show stack traces of unexpected failures')
    .addHelpText('after', EXIT_CODES_HELP)
    // `build --help` lists --lang, --reporter, --quiet… too: they work after the command as well.
    .configureHelp({ showGlobalOptions: true })
    .showSuggestionAfterError()
    .exitOverride()
    // commander's own error line is replaced by one in the user's language (failure.ts).
    .configureOutput({
      writeOut: (text) => void stdout.write(text),
      writeErr: (text) => void stderr.write(text),
      outputError: () => {},
      getOutHelpWidth: () => (stdout.isTTY === true ? stdout.columns : undefined) ?? 80,
      getErrHelpWidth: () => (stderr.isTTY === true ? stderr.columns : undefined) ?? 80,
      getOutHasColors: () => colourLevel(stdout, env) > 0,
      getErrHasColors: () => colourLevel(stderr, env) > 0,
    });

  withData(
    program.command('validate').description('kiểm tra bộ dữ liệu / check the dataset'),
  ).action(
    run<CommonFlags>(async (flags, runContext) =>
      (await import('./commands/validate.js')).runValidate(flags, runContext),
    ),
  );

  withPeriod(withData(program.command('build').description('lập báo cáo / build the reports')))
    .option('-f, --format <list>', `${REPORT_FORMATS.join(',')} (mặc định md / default md)`)
    .option('-o, --out <dir>', 'thư mục ghi báo cáo (mặc định ./reports)')
    .option(
      '--template <file>',
      'mẫu Handlebars của báo cáo (md, html, docx, pdf) / the briefing template',
    )
    .option(
      '--docx-reference <file>',
      'tệp .docx mẫu có kiểu (style) của cơ quan cho báo cáo Word / Word reference document',
    )
    .option(
      '--date <date>',
      'ngày ghi ở dòng địa danh (mặc định để trống ngày, tháng cho hệ thống văn bản) / day on the date line (default: left blank)',
    )
    .option('--dry-run', 'kiểm tra và tính toán, không ghi tệp / compute, write nothing')
    .action(
      run<BuildFlags>(async (flags, runContext) =>
        (await import('./commands/build.js')).runBuild(flags, runContext),
      ),
    );

  withPeriod(
    withData(
      program
        .command('summary')
        .description('bảng số liệu chính trên màn hình / key figures in the terminal'),
    ),
  ).action(
    run<SummaryFlags>(async (flags, runContext) =>
      (await import('./commands/summary.js')).runSummary(flags, runContext),
    ),
  );

  // Collection rounds (rounds.yaml): who has sent, and the reminder to those who have not.
  const withRound = (command: Command) =>
    withData(command)
      .option('-p, --period <code>', 'kỳ của đợt thu thập (bắt buộc): 2024-H1, 2026-11, current…')
      .addOption(
        new Option('--period-kind <kind>', 'loại kỳ cho current/previous (mặc định half)').choices([
          'month',
          'quarter',
          'half',
          'nine-months',
          'year',
        ]),
      )
      .option(
        '--as-of <date>',
        'tình hình đến ngày (mặc định hôm nay) / as of this day (default today)',
      )
      .option('-o, --out <dir>', 'thư mục ghi tệp (mặc định ./reports)');
  withRound(
    program
      .command('status')
      .description("ai đã gửi báo cáo của một đợt / who has sent a round's reports"),
  )
    .option('-f, --format <list>', 'text,xlsx (mặc định text / default text)')
    .action(
      run<StatusFlags>(async (flags, runContext) =>
        (await import('./commands/status.js')).runStatus(flags, runContext),
      ),
    );
  withRound(
    program
      .command('remind')
      .description(
        'công văn đôn đốc gửi báo cáo / the reminder letter to units that have not sent',
      ),
  )
    .option('-f, --format <list>', 'docx,pdf,md,html (mặc định docx / default docx)')
    .option('--per-agency', 'mỗi đơn vị một công văn / one letter per unit')
    .option('--due <date>', 'hạn gửi mới (mặc định: 3 ngày làm việc sau --as-of) / new deadline')
    .option(
      '--template <file>',
      'mẫu công văn (mặc định templates/don-doc.md.hbs) / letter template',
    )
    .action(
      run<RemindFlags>(async (flags, runContext) =>
        (await import('./commands/remind.js')).runRemind(flags, runContext),
      ),
    );

  const intake = program
    .command('intake')
    .description(
      'biểu mẫu Excel gửi các cơ quan và nhập lại số liệu / workbooks out to agencies, filled ones imported',
    );
  withData(
    intake
      .command('make')
      .description('lập biểu mẫu cho từng cơ quan / one workbook per agency')
      .option('-p, --period <code>', 'kỳ báo cáo (bắt buộc) / period (required)')
      .option('-o, --out <dir>', 'thư mục ghi (mặc định intake/<kỳ>) / output folder')
      .option('--agency <id...>', 'chỉ các cơ quan này / only these agencies')
      .option('--group <id...>', 'chỉ các nhóm này / only these groups')
      .option('--due <date>', 'thời hạn gửi (YYYY-MM-DD) / deadline to send'),
  ).action(
    run<IntakeMakeFlags>(async (flags, runContext) =>
      (await import('./commands/intake.js')).runIntakeMake(flags, runContext),
    ),
  );
  withData(
    intake
      .command('import')
      .description('nhập biểu mẫu đã điền / import filled workbooks')
      .argument('[files...]', 'tệp .xlsx (.xls, .ods) / workbooks')
      .option(
        '-p, --period <code>',
        'kỳ đang thu (mặc định: kỳ mới nhất của các biểu mẫu) / period collected',
      )
      .option('--dry-run', 'kiểm tra, không ghi tệp / check, write nothing')
      .option('--submitted <date>', 'ngày nhận (mặc định hôm nay) / day received (default today)'),
  ).action(
    run<IntakeImportFlags>(async (flags, runContext, command) =>
      (await import('./commands/intake.js')).runIntakeImport(
        command.processedArgs[0] as string[],
        flags,
        runContext,
      ),
    ),
  );

  program
    .command('init')
    .description('tạo bộ dữ liệu mẫu có chú thích / write a starter dataset')
    .argument('[dir]', 'thư mục / folder', 'data')
    .action(
      run(async (_flags, runContext, command) => {
        const [dir] = command.processedArgs as [string];
        return (await import('./commands/init.js')).runInit(
          dir,
          runContext.terminal,
          runContext.language,
          runContext.cwd,
        );
      }),
    );

  program
    .command('reference-docx')
    .description(
      'ghi tệp .docx mẫu có các kiểu của báo cáo Word, để sửa rồi dùng với --docx-reference / write the Word reference document',
    )
    .argument('[file]', 'tệp / file', 'reference.docx')
    .action(
      run(async (_flags, runContext, command) => {
        const [file] = command.processedArgs as [string];
        return (await import('./commands/reference-docx.js')).runReferenceDocx(
          file,
          runContext.terminal,
          runContext.language,
          runContext.cwd,
        );
      }),
    );

  program
    .command('schema')
    .description('ghi JSON Schema cho trình soạn thảo / write the JSON Schemas for editors')
    .option('-o, --out <dir>', 'thư mục / folder', 'schemas')
    .action(
      run<GlobalFlags & { out: string }>(async (flags, runContext) =>
        (await import('./commands/schema.js')).runSchema(
          flags.out,
          runContext.terminal,
          runContext.language,
          runContext.cwd,
        ),
      ),
    );

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return failure(error, context, debug);
  }
}
