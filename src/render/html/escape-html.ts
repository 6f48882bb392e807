/** HTML's own escaping: the only change a text needs to print in HTML (it is already safe, safe-text.ts). */
const SPECIAL = /[&<>"]/g;
const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL, (char) => ENTITY[char] ?? char) : text;
}
