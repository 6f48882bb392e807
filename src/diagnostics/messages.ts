import type { Diagnostic, Severity } from './diagnostic.js';
import { MESSAGES_EN } from './messages-en.js';
import { MESSAGES_VI } from './messages-vi.js';

export type Language = 'vi' | 'en';

const CATALOGS = { vi: MESSAGES_VI, en: MESSAGES_EN } as const;

const SEVERITY_WORD: Record<Language, Record<Severity, string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo' },
  en: { error: 'error', warning: 'warning' },
};

/** The message of a diagnostic in a language. */
export function describe(diagnostic: Diagnostic, language: Language): string {
  return CATALOGS[language][diagnostic.code](diagnostic.args);
}

export function severityWord(severity: Severity, language: Language): string {
  return SEVERITY_WORD[language][severity];
}
