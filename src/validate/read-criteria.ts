/**
 * The reader of criteria.yaml (spec § criteria.yaml): one index of components,
 * criteria and grades for everyone, or (added in 0.3) `indices`, one per set
 * of agency groups. Component and criterion ids are declared across all
 * indices, so the duplicate check makes them unique across indices.
 */
import type { AssessmentIndex, Component, Criterion, Grade } from '../model/types.js';
import { list, number, record, text, texts, type Collected } from './collected.js';
import { diagnostic } from './pending.js';
import type { Locator, ValuePath } from './where.js';

const SINGLE_FORM = ['components', 'criteria', 'grades'] as const;

export function readCriteria(value: unknown, file: string, locate: Locator, into: Collected): void {
  // Not a mapping: the schema check says so.
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const root = record(value);
  if (root.indices === undefined) {
    for (const field of ['components', 'criteria'] as const)
      if (root[field] === undefined)
        into.diagnostics.push(diagnostic('missing-field', file, locate([]), { field }));
    const one = readIndexParts(root, [], file, locate, into);
    into.components.push(...one.components);
    into.criteria.push(...one.criteria);
    into.grades.push(...one.grades);
    return;
  }
  const mixed = SINGLE_FORM.find((field) => root[field] !== undefined);
  if (mixed !== undefined)
    into.diagnostics.push(
      diagnostic('criteria-two-forms', file, locate([mixed], 'key'), { field: mixed }),
    );
  // Each index's components first, so that a criterion naming a component of another index is told so.
  const owners = new Map<string, string>();
  list(root.indices).forEach((item) => {
    const entry = record(item);
    const id = text(entry.id);
    for (const component of list(entry.components)) {
      const componentId = text(record(component).id);
      if (id && componentId && !owners.has(componentId)) owners.set(componentId, id);
    }
  });
  const indices: AssessmentIndex[] = [];
  list(root.indices).forEach((item, position) => {
    const entry = record(item);
    const path = ['indices', position];
    const [id, name] = [text(entry.id), text(entry.name)];
    if (!id || !name) return;
    into.declarations.push({ kind: 'index', id, file, at: locate([...path, 'id']) });
    const groups = texts(entry.groups);
    list(entry.groups).forEach((group, at) => {
      if (typeof group === 'string')
        into.references.push({
          kind: 'group',
          id: group,
          file,
          at: locate([...path, 'groups', at]),
        });
    });
    const parts = readIndexParts(entry, path, file, locate, into, { id, owners });
    into.components.push(...parts.components);
    into.criteria.push(...parts.criteria);
    indices.push({ id, name, groups, ...parts });
  });
  into.indices = indices;
}

interface IndexParts {
  components: Component[];
  criteria: Criterion[];
  grades: Grade[];
}

/**
 * One index's components, criteria and grades at `path` (the file's root in
 * the single form). In the `indices` form a criterion's component must be of
 * its own index: `owners` says which index declared each component.
 */
function readIndexParts(
  root: Record<string, unknown>,
  path: ValuePath,
  file: string,
  locate: Locator,
  into: Collected,
  of?: { id: string; owners: ReadonlyMap<string, string> },
): IndexParts {
  const parts: IndexParts = { components: [], criteria: [], grades: [] };
  list(root.components).forEach((item, index) => {
    const component = record(item);
    const id = text(component.id);
    if (!id || !text(component.name)) return;
    into.declarations.push({
      kind: 'component',
      id,
      file,
      at: locate([...path, 'components', index, 'id']),
    });
    parts.components.push({ id, name: text(component.name)! });
  });
  list(root.criteria).forEach((item, index) => {
    const criterion = record(item);
    const [id, component, name, max] = [
      text(criterion.id),
      text(criterion.component),
      text(criterion.name),
      number(criterion.max),
    ];
    if (!id || !component || !name || max === undefined) return;
    const at = (field: string) => locate([...path, 'criteria', index, field]);
    into.declarations.push({ kind: 'criterion', id, file, at: at('id') });
    const owner = of?.owners.get(component);
    if (of !== undefined && owner !== undefined && owner !== of.id)
      into.diagnostics.push(
        diagnostic('criterion-component-other-index', file, at('component'), {
          component,
          index: owner,
          own: of.id,
        }),
      );
    else into.references.push({ kind: 'component', id: component, file, at: at('component') });
    parts.criteria.push({ id, component, name, max });
  });
  let previousMin = Infinity;
  list(root.grades).forEach((item, index) => {
    const grade = record(item);
    const [name, min] = [text(grade.name), number(grade.min)];
    if (!name || min === undefined) return;
    if (min >= previousMin)
      into.diagnostics.push(
        diagnostic('grades-order', file, locate([...path, 'grades', index, 'min']), { name }),
      );
    previousMin = Math.min(previousMin, min);
    parts.grades.push({ name, min });
  });
  return parts;
}
