/**
 * An error raised while rendering is blamed on the template only when the
 * template caused it (issue 28): a bug of ours stays what it is, so the CLI
 * reports it as unexpected (exit 3), never as the user's syntax at 1:1.
 */
import { describe, expect, it } from 'vitest';
import { renderProblem } from '../../../src/render/markdown/template-problems.js';
import { TemplateError } from '../../../src/errors/known-errors.js';

describe('renderProblem', () => {
  it('returns an error of the program as it is', () => {
    const bug = new TypeError("Cannot read properties of null (reading 'note')");
    expect(renderProblem('{{title}}', bug, false)).toBe(bug);
    const overflow = new RangeError('Maximum call stack size exceeded');
    // Without a partial, no template can recurse: a stack overflow is ours.
    expect(renderProblem('{{title}}', overflow, false)).toBe(overflow);
  });

  it('names a recursion at the first partial call, a missing partial at its call', () => {
    const overflow = new RangeError('Maximum call stack size exceeded');
    expect(renderProblem('a\n  {{> r}}', overflow, false)).toEqual(
      new TemplateError('templateRecursion', [], 2, 3),
    );
    const missing = new Error('The partial phan could not be found');
    expect(renderProblem('{{> x}}\n{{#> phan}}{{/phan}}', missing, true)).toEqual(
      new TemplateError('templatePartialMissing', ['phan'], 2, 1),
    );
  });
});
