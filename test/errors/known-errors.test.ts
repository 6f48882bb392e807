/** The known errors (src/errors/): what each carries, and a template's problem as the usage error a user sees. */
import { describe, expect, it } from 'vitest';
import { TemplateError, templateUsageError, UsageError } from '../../src/errors/known-errors.js';
import { describeUsage } from '../../src/errors/usage-messages.js';

describe('UsageError', () => {
  it('a code and its values; the English sentence as its message, either language on demand', () => {
    const error = new UsageError('noTemplate', 'mau.hbs');
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.args]).toEqual(['UsageError', 'noTemplate', ['mau.hbs']]);
    expect(error.message).toBe('Cannot read the template `mau.hbs`.');
    expect(describeUsage(error, 'vi')).toBe('Không đọc được mẫu báo cáo `mau.hbs`.');
  });
});

describe('templateUsageError', () => {
  it('names the file, and the line and column when the problem has them', () => {
    const unknown = new TemplateError('templateUnknownHelper', ['phanTram', 'percent']);
    expect(templateUsageError(unknown.at(12, 5), 'mau.hbs')).toMatchObject({
      code: 'templateUnknownHelper',
      args: ['mau.hbs:12:5', 'phanTram', 'percent'],
    });
    expect(templateUsageError(unknown, 'mau.hbs').args).toEqual(['mau.hbs', 'phanTram', 'percent']);
  });
});
