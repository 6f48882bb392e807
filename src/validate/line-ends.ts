/**
 * Line ends as YAML 1.2 defines them (§5.4: CR LF, CR or LF is one line
 * break), before either reader sees the text. js-yaml follows the spec on a
 * lone CR, `yaml` does not (it reads `a: 1\rb: 2` as one line), so without
 * this the same file could be accepted by one reader and refused by the
 * other, and every position after a lone CR would collapse onto line 1.
 * Only line-break characters change, so columns stay as the editor shows them
 * (editors also break lines at a lone CR).
 */
export function withLfLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
