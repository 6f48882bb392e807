/** Where each kind of dataset file lives (spec § A dataset is a folder). Pure: names in, kinds out. */
import type { FileKind } from '../validate/schemas/index.js';

const TOP_LEVEL: Readonly<Record<string, FileKind>> = {
  'dx-report': 'settings',
  pillars: 'pillars',
  agencies: 'agencies',
  plans: 'plans',
  criteria: 'criteria',
};

export const REQUIRED_FILES: readonly FileKind[] = ['settings', 'pillars', 'agencies'];

export const isYamlName = (name: string): boolean => /\.ya?ml$/i.test(name);

/** Drafts: names starting with `.` or `_` are ignored, files and folders alike. */
export const isIgnoredName = (name: string): boolean =>
  name.startsWith('.') || name.startsWith('_');

/** The kind of a YAML file from its path relative to the dataset folder, or undefined when it has no place. */
export function kindOfPath(relativePath: string): FileKind | undefined {
  const parts = relativePath.split('/');
  if (parts.length === 1) return TOP_LEVEL[parts[0]!.replace(/\.ya?ml$/i, '')];
  if (parts[0] === 'tasks') return 'tasks';
  if (parts[0] === 'assessments') return 'assessment';
  return undefined;
}

/** The file name a kind is expected under, for "missing file" messages. */
export function expectedName(kind: FileKind): string {
  const entry = Object.entries(TOP_LEVEL).find(([, value]) => value === kind);
  return `${entry?.[0] ?? kind}.yaml`;
}
