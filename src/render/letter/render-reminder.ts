/**
 * The reminder letter (công văn đôn đốc): its template applied to each
 * letter's context, then printed like the briefing. Markdown is the
 * template's text, normalised, without its layout directives; Word and HTML print the same text's document
 * tree (render/document/), so every format reads the same words. Pure: the
 * template arrives as text, the letters leave as bytes.
 */
import type { ReportModel } from '../../compute/report-model.js';
import { textArtifact, type Rendered } from '../artifact.js';
import type { DocumentFrame } from '../document/frame.js';
import { printDocument } from '../document/print-document.js';
import { compileTemplate } from '../markdown/render-markdown.js';
import { normalizeMarkdown, withoutDirectives } from '../markdown/markdown-text.js';
import type { ReminderContext } from './reminder-context.js';

/** The formats a reminder is printed in; pdf converts the Word letter. */
export const REMINDER_FORMATS = ['docx', 'pdf', 'md', 'html'] as const;
export type ReminderFormat = (typeof REMINDER_FORMATS)[number];

/** `don-doc-<P>` for the letter to every unit; `don-doc-<P>-<agency>` for one unit's. */
export function reminderName(context: ReminderContext): string {
  const single = context.perAgency ? context.units[0]?.agency : undefined;
  return `don-doc-${context.period.code}${single === undefined ? '' : `-${single}`}`;
}

/** The letter's Markdown: the template applied to its context, normalised. */
export async function reminderMarkdown(
  context: ReminderContext,
  template: string,
): Promise<string> {
  // The template runs through the briefing's helpers, which read names from lists the context carries empty.
  const render = await compileTemplate(template);
  return normalizeMarkdown(render(context as unknown as ReportModel));
}

/** What the printers need besides the letter's words: its title, its issuer, its date. */
export function reminderFrame(context: ReminderContext): DocumentFrame {
  return {
    title: `Công văn đôn đốc gửi báo cáo ${context.period.label}`,
    organization: context.organization.name,
    date: context.date,
  };
}

/**
 * The letter in every format asked: the same Markdown printed each way; a
 * PDF is the Word letter, converted by LibreOffice outside the pure core.
 */
export async function renderReminder(
  context: ReminderContext,
  template: string,
  formats: readonly ReminderFormat[],
): Promise<Rendered[]> {
  const markdown = await reminderMarkdown(context, template);
  const name = reminderName(context);
  const frame = reminderFrame(context);
  const word =
    formats.includes('docx') || formats.includes('pdf')
      ? printDocument(markdown, frame, 'docx', `${name}.docx`)
      : undefined;
  return formats.map((format): Rendered => {
    // As the briefing's: the .md file without the directives only Word and HTML read.
    if (format === 'md') return textArtifact(`${name}.md`, withoutDirectives(markdown));
    if (format === 'html') return printDocument(markdown, frame, 'html', `${name}.html`);
    if (format === 'docx') return word!;
    return { name: `${name}.pdf`, to: 'pdf', from: word! };
  });
}
