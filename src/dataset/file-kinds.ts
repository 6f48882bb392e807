/**
 * The dataset folder's layout (spec § A dataset is a folder): the kinds of
 * file, where each lives and which are required. Loading and validation both
 * speak this vocabulary, so it sits below them both. Pure: names in, kinds out.
 */

/** The kinds of dataset file, by where they sit in the dataset folder. */
export type FileKind =
  | 'settings'
  | 'pillars'
  | 'agencies'
  | 'plans'
  | 'criteria'
  | 'indicators'
  | 'themes'
  | 'rounds'
  | 'tasks'
  | 'assessment'
  | 'indicator-values'
  | 'notes'
  | 'updates';

/**
 * Every kind in the order files are read: settings first (its cutoff_day
 * dates `period:` updates), catalogues next, records last.
 */
export const FILE_KINDS: readonly FileKind[] = [
  'settings',
  'pillars',
  'agencies',
  'plans',
  'criteria',
  'indicators',
  'themes',
  'rounds',
  'tasks',
  'assessment',
  'indicator-values',
  'notes',
  'updates',
];

/** Record files: many, large, and each refers to the catalogues only. */
export const RECORD_KINDS: ReadonlySet<FileKind> = new Set<FileKind>([
  'tasks',
  'assessment',
  'indicator-values',
  'notes',
  'updates',
]);

const TOP_LEVEL: Readonly<Record<string, FileKind>> = {
  'dx-report': 'settings',
  pillars: 'pillars',
  agencies: 'agencies',
  plans: 'plans',
  criteria: 'criteria',
  indicators: 'indicators',
  themes: 'themes',
  rounds: 'rounds',
};

/** Folders whose YAML files (at any depth) are records of one kind. */
const RECORD_FOLDERS: Readonly<Record<string, FileKind>> = {
  tasks: 'tasks',
  assessments: 'assessment',
  indicators: 'indicator-values',
  notes: 'notes',
  updates: 'updates',
};

export const REQUIRED_FILES: readonly FileKind[] = ['settings', 'pillars', 'agencies'];

export const isYamlName = (name: string): boolean => /\.ya?ml$/i.test(name);

/** Drafts: names starting with `.` or `_` are ignored, files and folders alike. */
export const isIgnoredName = (name: string): boolean =>
  name.startsWith('.') || name.startsWith('_');

/** True for a top-level folder that holds records (`tasks`, `assessments`). */
export const isRecordFolder = (name: string): boolean => Object.hasOwn(RECORD_FOLDERS, name);

/** Singulars that do not follow the -s / -ies rule. */
const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = { criteria: 'criterion' };

/** A name's plain spellings: itself, its singular (`tasks` → `task`, `agencies` → `agency`), without hyphens. */
function spellingsOf(name: string): string[] {
  const singular =
    IRREGULAR_SINGULARS[name] ??
    (name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.replace(/s$/, ''));
  return [...new Set([name, singular, name.replace(/-/g, '')])];
}

/**
 * The names a clerk may type for a dataset name, with the name meant, for a
 * folder ('/') or a top-level file ('.yaml'): each name of the layout above
 * and its singular (`task`, `agency`, `criterion`, `indicator`, `note`), for
 * "did you mean" on a misnamed folder or catalogue file. Made from the layout
 * itself, so a kind added there is covered too. A near miss of one of these
 * (`Tasks`, `Indicators`, `assessment`, `theme.yaml`) holds data that would
 * otherwise be left out without a word.
 */
export function namesMeant(type: '/' | '.yaml'): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  const layout = type === '/' ? RECORD_FOLDERS : TOP_LEVEL;
  for (const name of Object.keys(layout))
    for (const spelling of spellingsOf(name)) names.set(spelling, `${name}${type}`);
  return names;
}

/** The top-level file names of the layout, in its order: `dx-report.yaml`, `pillars.yaml`, … */
export const topLevelNames = (): string[] => Object.keys(TOP_LEVEL).map((name) => `${name}.yaml`);

/** The kind of a YAML file from its path relative to the dataset folder, or undefined when it has no place. */
export function kindOfPath(relativePath: string): FileKind | undefined {
  const parts = relativePath.split('/');
  if (parts.length === 1) {
    const stem = parts[0]!.replace(/\.ya?ml$/i, '');
    return Object.hasOwn(TOP_LEVEL, stem) ? TOP_LEVEL[stem] : undefined;
  }
  const folder = parts[0]!;
  return Object.hasOwn(RECORD_FOLDERS, folder) ? RECORD_FOLDERS[folder] : undefined;
}

/** The file name a kind is expected under, for "missing file" messages. */
export function expectedName(kind: FileKind): string {
  const entry = Object.entries(TOP_LEVEL).find(([, value]) => value === kind);
  return `${entry?.[0] ?? kind}.yaml`;
}
