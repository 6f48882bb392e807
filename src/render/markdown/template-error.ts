/**
 * A Markdown template that cannot be compiled or rendered: a syntax error, a
 * field the report model does not have (templates run in strict mode), or a
 * helper given the wrong kind of value. It is the user's template that is
 * wrong, not the program, so the CLI reports it as a usage error without a stack.
 */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}
