/**
 * Text from the data on a terminal or in a CI log: every character that could
 * act instead of print is written as its `\uXXXX` escape, visibly. That is
 * each control character (line ends included: a value must not start a line
 * of its own, where the GitHub Actions runner would read `::error::…` as a
 * command), DEL and C1 (ESC starts OSC 52, which writes the clipboard, and
 * `ESC[2J`, which clears the screen), the Unicode line separators, the
 * bidirectional formatting characters, and lone surrogates. Tab stays a tab.
 * The escapes are JSON's own, so inside a JSON document the value is unchanged.
 */

/** The characters above (the set of render/safe-text.ts, plus line ends and the line separators). */
const ACTING =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const escape = (char: string): string =>
  `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** One line of text with every acting character (see above) written as `\uXXXX`. */
export function visibleText(text: string): string {
  return text.replace(ACTING, escape);
}

/** As visibleText, but line ends stay (for a workflow command's data, which escapes them itself). */
export function visibleLines(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, index) => (index % 2 === 1 ? part : visibleText(part)))
    .join('');
}

/**
 * A line that the GitHub Actions runner will not take for a workflow command:
 * it runs `::name …::` at the start of a line (after any white space) and the
 * older `##[name]` anywhere in it, from stdout and stderr alike. The first
 * character of either is written as its `\uXXXX` escape, as in visibleText.
 * For our own commands (`::error file=…::`), `command` keeps the line's start.
 */
export function inertLine(line: string, command = false): string {
  const legacy = line.replace(/##\[/g, '\\u0023#[');
  if (command) return legacy;
  return legacy.replace(/^(\s*):(?=:)/u, '$1\\u003A');
}
