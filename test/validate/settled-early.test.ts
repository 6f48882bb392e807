import { describe, expect, it } from 'vitest';
import { emptyCollected, type Collected } from '../../src/validate/collected.js';
import { settlerAfterCatalogues } from '../../src/validate/settled-early.js';
import { isValueAt, type Place } from '../../src/validate/where.js';

/** The line of a place given by line and column (as every place here is). */
const lineOf = (place: Place) => (isValueAt(place.at) ? -1 : place.at.line);

const at = (line: number) => ({ line, column: 1 });

function catalogues(): Collected {
  const collected = emptyCollected();
  collected.declarations.push(
    { kind: 'agency', id: 'so-tttt', file: 'agencies.yaml', at: at(2) },
    { kind: 'pillar', id: 'kinh-te-so', file: 'pillars.yaml', at: at(3) },
  );
  collected.criteria.push(
    { id: 'c1', component: 'k', name: 'Tiêu chí 1', max: 10 },
    // A second c1: as checkScores reads the catalogue, the last one gives the max.
    { id: 'c1', component: 'k', name: 'Tiêu chí 1 (lặp)', max: 5 },
  );
  return collected;
}

describe('settlerAfterCatalogues', () => {
  it('drops the references to declared ids and the scores within max, keeps the rest in order', () => {
    const settle = settlerAfterCatalogues(catalogues());
    const records = emptyCollected();
    records.references.push(
      { kind: 'agency', id: 'so-tttt', file: 'tasks/a.yaml', at: at(4) },
      { kind: 'agency', id: 'so-ttt', file: 'tasks/a.yaml', at: at(9) },
      // Declared, but as an agency: a pillar of that id is still unknown.
      { kind: 'pillar', id: 'so-tttt', file: 'tasks/a.yaml', at: at(12) },
      { kind: 'pillar', id: 'kinh-te-so', file: 'tasks/a.yaml', at: at(15) },
    );
    records.scores.push(
      { criterion: 'c1', value: 5, file: 'assessments/x.yaml', at: at(3) },
      { criterion: 'c1', value: 6, file: 'assessments/x.yaml', at: at(4) },
      { criterion: 'khong-co', value: 99, file: 'assessments/x.yaml', at: at(5) },
    );
    expect(settle(records, { references: 0, scores: 0 })).toEqual({ references: 2, scores: 1 });
    expect(records.references.map(lineOf)).toEqual([9, 12]);
    expect(records.scores).toEqual([
      { criterion: 'c1', value: 6, file: 'assessments/x.yaml', at: at(4) },
    ]);
  });

  it('leaves what it settled before untouched and goes on from there', () => {
    const settle = settlerAfterCatalogues(catalogues());
    const records = emptyCollected();
    records.references.push({ kind: 'agency', id: 'so-ttt', file: 'tasks/a.yaml', at: at(9) });
    let settled = settle(records, { references: 0, scores: 0 });
    records.references.push(
      { kind: 'agency', id: 'so-tttt', file: 'tasks/b.yaml', at: at(4) },
      { kind: 'agency', id: 'ubnd-x', file: 'tasks/b.yaml', at: at(7) },
    );
    settled = settle(records, settled);
    expect(settled).toEqual({ references: 2, scores: 0 });
    expect(records.references.map((reference) => `${reference.file}:${lineOf(reference)}`)).toEqual(
      ['tasks/a.yaml:9', 'tasks/b.yaml:7'],
    );
  });
});
