/** The part of markdown-it's Token the document reader uses. */
export interface Token {
  type: string;
  tag: string;
  content: string;
  info: string;
  attrs: [string, string][] | null;
  children: Token[] | null;
}
