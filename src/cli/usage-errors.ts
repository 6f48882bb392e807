/**
 * commander's own usage errors (unknown option or command, a missing value)
 * in the user's language, in the same `dx-report: …` form as dx-report's other
 * usage errors. commander says these in English only and carries the names
 * only inside its message, so they are read back from there; a message of an
 * unknown shape (a newer commander) is passed on in English.
 */
import type { CommanderError } from 'commander';
import type { Language } from '../diagnostics/messages.js';
import { visibleText } from '../diagnostics/visible-text.js';

type Describe = (quoted: string[], suggestion: string | undefined) => string;

const VI: Partial<Record<string, Describe>> = {
  'commander.unknownOption': ([flag], hint) =>
    `Không có tùy chọn \`${flag}\`.${hint ? ` Có phải ý bạn là \`${hint}\`?` : ''} Xem: dx-report <lệnh> --help`,
  'commander.unknownCommand': ([name], hint) =>
    `Không có lệnh \`${name}\`.${hint ? ` Có phải ý bạn là \`${hint}\`?` : ''} Các lệnh: validate, build, summary, init, schema.`,
  'commander.missingMandatoryOptionValue': ([flags]) => `Thiếu tùy chọn bắt buộc \`${flags}\`.`,
  'commander.optionMissingArgument': ([flags]) => `Tùy chọn \`${flags}\` cần một giá trị.`,
  'commander.missingArgument': ([name]) => `Thiếu đối số \`${name}\`.`,
  'commander.excessArguments': () => 'Thừa đối số: lệnh này không nhận thêm giá trị nào.',
  'commander.invalidArgument': ([flags, value]) =>
    `Giá trị \`${value}\` của \`${flags}\` không hợp lệ.`,
};

const EN: Partial<Record<string, Describe>> = {
  'commander.unknownOption': ([flag], hint) =>
    `Unknown option \`${flag}\`.${hint ? ` Did you mean \`${hint}\`?` : ''} See: dx-report <command> --help`,
  'commander.unknownCommand': ([name], hint) =>
    `Unknown command \`${name}\`.${hint ? ` Did you mean \`${hint}\`?` : ''} Commands: validate, build, summary, init, schema.`,
  'commander.missingMandatoryOptionValue': ([flags]) => `Required option \`${flags}\` is missing.`,
  'commander.optionMissingArgument': ([flags]) => `Option \`${flags}\` needs a value.`,
  'commander.missingArgument': ([name]) => `Missing argument \`${name}\`.`,
  'commander.excessArguments': () => 'Too many arguments: this command takes no more values.',
  'commander.invalidArgument': ([flags, value]) => `Value \`${value}\` of \`${flags}\` is invalid.`,
};

/** commander ends help and version this way too, having printed them: nothing to add then. */
const PRINTED = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/** One line for a commander usage error; undefined when commander printed what was asked (help, version). */
export function describeUsageError(error: CommanderError, language: Language): string | undefined {
  if (PRINTED.has(error.code)) return undefined;
  const [first = '', ...rest] = error.message.split('\n');
  // A value may hold line breaks and quotes: "option '<flags>' argument '<value>' is invalid. Allowed …" read whole.
  const argument =
    /^error: option '([^']*)' argument '([\s\S]*)' is invalid\.(?: Allowed choices are (.*))?$/.exec(
      error.message,
    );
  const quoted = (
    argument
      ? [argument[1]!, argument[2]!]
      : [...first.matchAll(/'([^']*)'/g)].map((match) => match[1]!)
  ).map(visibleText);
  // "(Did you mean --period?)"; of several, the first (the closest).
  const suggestion = /\(Did you mean (?:one of )?([^,?]+)/.exec(rest.join(' '))?.[1];
  const describe = (language === 'en' ? EN : VI)[error.code];
  const line = describe ? describe(quoted, suggestion) : first.replace(/^error: /, '');
  // commander's choices() explains what is allowed after the value: keep that part.
  const allowed = argument?.[3] ?? /Allowed choices are (.*)$/.exec(first)?.[1];
  if (allowed && error.code === 'commander.invalidArgument')
    return `${line} ${language === 'en' ? 'Allowed:' : 'Chọn một trong:'} ${allowed.replace(/\.$/, '')}.`;
  return line;
}

/** The language of usage errors, from `--lang` as written (commander has not parsed it yet). */
export function languageInArgv(argv: readonly string[]): Language {
  for (const [index, arg] of argv.entries()) {
    const value =
      arg === '--lang' ? argv[index + 1] : arg.startsWith('--lang=') ? arg.slice(7) : '';
    if (value === 'en' || value === 'vi') return value;
  }
  return 'vi';
}
