import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../../src/errors/known-errors.js';
import { compileTemplate, renderMarkdown } from '../../../src/render/markdown/render-markdown.js';
import { REPORT_MODEL } from '../../fixtures/report-model.js';

async function render(template: string): Promise<string> {
  return new TextDecoder().decode(
    (await renderMarkdown(REPORT_MODEL, { template: { text: template, file: 'mau.md.hbs' } }))
      .bytes,
  );
}

describe('a custom template', () => {
  it('can use every formatting helper on the model', async () => {
    const template = [
      '# {{upper organization.name}}',
      '{{inline place}}, {{longDate reportDate}} ({{date reportDate}}, {{textDate reportDate}})',
      '{{#each pillars}}',
      '{{alpha @index}} {{name}}: {{counts figures.implementedRatio}} = {{percent figures.implementedRatio}}; {{ratio figures.dueDoneRatio}}',
      '{{/each}}',
      'Thay đổi: {{change totalsComparison.change.implemented "nhiệm vụ"}}, {{change totalsComparison.change.assigned "nhiệm vụ"}}, {{change -2}}',
      'Số lớn: {{number 21914}}, {{number 7.5}}; La Mã: {{roman 4}} {{roman 9}}; STT {{inc 0}}',
      'Chỉ số: {{score index.filing}}, {{pointChange index.rows.[0].change.overall}}',
      '{{#each tasks}}{{#if (eq id "CQS-11")}}| {{cell title}} | {{deadline deadline}} | {{status status}} | {{timeliness timeliness}} | {{progress progress}} |{{/if}}{{/each}}',
      '{{#each tasks}}{{#if (and (eq id "CHUNG-04") (not completedOn))}}never{{/if}}{{#if (eq id "CHUNG-04")}}{{deadline deadline}}{{/if}}{{/each}}',
      '{{#if (gt totals.overdue 5)}}nhiều{{/if}} {{#if (lt totals.overdue 5)}}ít{{/if}} {{#if (or (ne place "Huế") false)}}ok{{/if}}',
    ].join('\n');
    expect(await render(template)).toBe(
      [
        '# BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH QUẢNG TRỊ',
        'Quảng Trị, ngày 30 tháng 6 năm 2024 (30/6/2024, 30/6/2024)',
        'a) Nhiệm vụ chung: 11/11 = 100%; 3/3 (100%)',
        'b) Chính quyền số: 11/21 = 52,4%; 4/8 (50%)',
        'c) Kinh tế số: 5/9 = 55,6%; 1/3 (33,3%)',
        'd) Xã hội số: 1/6 = 16,7%; 0/0 (—)',
        'Thay đổi: tăng 3 nhiệm vụ, không đổi, giảm 2',
        'Số lớn: 21.914, 7,5; La Mã: IV IX; STT 1',
        'Chỉ số: 7/9, tăng 3,8 điểm phần trăm',
        '| Nâng cấp Cổng dịch vụ công \\| Hệ thống một cửa điện tử tỉnh | 31/12/2024 | đang triển khai | đang thực hiện trong hạn | 30% |',
        'thường xuyên',
        'nhiều  ok',
        '',
      ].join('\n'),
    );
  });

  it('uses the Vietnamese point letters, without f, j, w or z', async () => {
    const letters = Array.from({ length: 24 }, (_, index) => `{{alpha ${index}}}`).join(' ');
    expect(await render(letters)).toBe(
      'a) b) c) d) đ) e) g) h) i) k) l) m) n) o) p) q) r) s) t) u) v) x) y) aa)\n',
    );
  });

  it('prints "&" as is, with no HTML escaping', async () => {
    expect(
      await render('{{agencyName index.notFiled.[0]}} / {{agency agencyResults.[3].agency}} & <b>'),
    ).toBe('Sở Y tế / Sở TT&TT & <b>\n');
  });

  it('names agencies by their ids through the helpers', async () => {
    const [, funding] = REPORT_MODEL.difficulties[0]!.texts;
    expect(
      await render(
        '{{sourceAgencies difficulties.[0].texts.[1].sources}}; {{agencies index.notFiled}}; {{group index.rows.[0].group}}; {{pillarName tasks.[0].pillar}}; {{planNumber tasks.[0].plan}}',
      ),
    ).toBe(
      'Sở TT&TT; Sở Y tế, UBND huyện Vĩnh Linh; Sở, ban, ngành; Nhiệm vụ chung; 1982/QĐ-UBND\n',
    );
    expect(funding?.sources.map((source) => source.agency)).toEqual(['so-tttt', 'so-tttt']);
  });

  it('reuses the compiled template for the same source', async () => {
    expect(await compileTemplate('{{place}}')).toBe(await compileTemplate('{{place}}'));
    expect(await compileTemplate('{{place}}')).not.toBe(await compileTemplate('{{title}}'));
  });
});

describe('template errors', () => {
  /** What a template error says, as data: its problem, its values and its place. */
  const problem = async (template: string) => {
    try {
      await render(template);
      return null;
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      return { problem: error.problem, args: error.args, line: error.line, column: error.column };
    }
  };

  it('a block never closed, where it opened', async () => {
    await expect(compileTemplate('{{#each pillars}}{{name}}')).rejects.toThrow(TemplateError);
    expect(await problem('Đầu\n  {{#each pillars}}{{name}}\n')).toEqual({
      problem: 'templateUnclosedBlock',
      args: ['each'],
      line: 2,
      column: 3,
    });
  });

  it('a block closed by another, and other syntax errors, at their place', async () => {
    expect(await problem('a\n\n {{#each pillars}}{{/if}}')).toEqual({
      problem: 'templateMismatchedBlock',
      args: ['each', 'if'],
      line: 3,
      column: 5,
    });
    expect(await problem('x\n  {{name}}}}')).toMatchObject({ problem: 'templateSyntax', line: 2 });
  });

  it('a field the model does not have, printed or passed to a helper, with a suggestion', async () => {
    expect(await problem('{{period.nam}}')).toEqual({
      problem: 'templateUnknownField',
      args: ['nam', 'name'],
      line: 1,
      column: 3,
    });
    // A helper's argument is checked too: `lastNot` is not a field, so no "—" is printed silently.
    expect(await problem('Dòng 1\n{{#each tasks}}{{cell lastNot}}{{/each}}')).toEqual({
      problem: 'templateUnknownField',
      args: ['lastNot', 'lastNote'],
      line: 2,
      column: 16,
    });
  });

  it('a field missing among three values, or in a mustache over two lines, at the call', async () => {
    // Helpers of one or two values are called without a list; these go the general way.
    expect(await problem('{{or 1 2 3 nam}}')).toEqual({
      problem: 'templateUnknownField',
      args: ['nam', 'name'],
      line: 1,
      column: 1,
    });
    expect(await problem('x\n{{cell (inline\n nam)}}')).toEqual({
      problem: 'templateUnknownField',
      args: ['nam', 'name'],
      line: 2,
      column: 8,
    });
    // Built-in helpers still read a hash given to them.
    expect(await render('{{#if 0 includeZero=true}}không{{/if}}{{#if 0}}x{{/if}}')).toBe('không\n');
  });

  it('a helper that does not exist, with a suggestion', async () => {
    expect(await problem('{{cel title}}')).toEqual({
      problem: 'templateUnknownHelper',
      args: ['cel', 'cell'],
      line: 1,
      column: 3,
    });
  });

  it('a helper given the wrong kind of value, naming the helper and the value', async () => {
    expect(await problem('{{percent title}}')).toEqual({
      problem: 'templateHelperArgument',
      args: ['percent', 'ratio', '"Kết quả thực hiện công tác chuyển đổi số"'],
      line: 1,
      column: 1,
    });
    expect(await problem('{{status "xong"}}')).toMatchObject({
      problem: 'templateHelperArgument',
      args: ['status', 'word', '"xong"'],
    });
    expect(await problem('{{roman 9007199254740991}}')).toMatchObject({
      problem: 'templateHelperArgument',
      args: ['roman', 'roman', '9007199254740991'],
    });
  });

  it('a layout directive mistyped, with its place and a suggestion, never left out silently', async () => {
    const known =
      'dx:header, dx:next, dx:title, dx:addressees, dx:signature, dx:recipients, dx:appendix, dx:end';
    expect(await problem('Đầu\n\n<!-- dx:signatur -->\nKý\n<!-- dx:end -->\n')).toEqual({
      problem: 'templateUnknownDirective',
      args: ['signatur', 'dx:signature', known],
      line: 3,
      column: 9,
    });
    expect(await problem('<!-- dx:Appendix -->')).toEqual({
      problem: 'templateUnknownDirective',
      args: ['Appendix', 'dx:appendix', known],
      line: 1,
      column: 9,
    });
    expect(await problem('a\n<!-- dx:appendix sideways -->')).toEqual({
      problem: 'templateDirectiveWord',
      args: ['appendix', 'sideways', '', 'landscape, portrait'],
      line: 2,
      column: 18,
    });
    expect(await problem('<!--  dx:appendix  landscap -->')).toEqual({
      problem: 'templateDirectiveWord',
      args: ['appendix', 'landscap', 'landscape', 'landscape, portrait'],
      line: 1,
      column: 20,
    });
    expect(await problem('<!-- dx:appendix landscape portrait -->')).toMatchObject({
      problem: 'templateDirectiveWord',
      args: ['appendix', 'portrait', '', 'landscape, portrait'],
      column: 28,
    });
    expect(await problem('<!-- dx:end now -->')).toMatchObject({
      problem: 'templateDirectiveWord',
      args: ['end', 'now', '', ''],
    });
    expect(await problem('Ký tên <!-- dx:signature -->')).toEqual({
      problem: 'templateDirectiveForm',
      args: ['Ký tên <!-- dx:signature -->'],
      line: 1,
      column: 8,
    });
    expect(await problem('x\n  <!-- dx: title -->')).toMatchObject({
      problem: 'templateDirectiveForm',
      line: 2,
      column: 3,
    });
    expect(await problem('<!-- dx:signature')).toMatchObject({ problem: 'templateDirectiveForm' });
  });

  it('takes no directive from a fenced block or a Handlebars comment, and every right one', async () => {
    const fine = [
      '{{!-- <!-- dx:signatur --> --}}',
      '```',
      '<!-- dx:nothing -->',
      '```',
      '<!-- dx:header -->',
      '<!-- dx:next-->',
      '<!-- dx:end -->',
      '<!--dx:appendix landscape-->',
      '   <!-- dx:appendix portrait -->  ',
      '<!-- a comment, dx: not -->',
    ].join('\n');
    expect(await problem(fine)).toBe(null);
  });
});

describe('anyHas', () => {
  it('answers for a list once, however many rows ask (a row of 20,000 tasks each asked it of all)', async () => {
    let reads = 0;
    const tasks = REPORT_MODEL.tasks.map((task) =>
      Object.defineProperty({ ...task }, 'evidence', {
        enumerable: true,
        get: () => {
          reads += 1;
          return null;
        },
      }),
    );
    const model = { ...REPORT_MODEL, tasks };
    const template =
      '{{#each tasks}}{{#if (anyHas @root.tasks "evidence")}}x{{else}}-{{/if}}{{/each}}';
    const rendered = await renderMarkdown(model, {
      template: { text: template, file: 'mau.md.hbs' },
    });
    expect(new TextDecoder().decode(rendered.bytes)).toBe(`${'-'.repeat(tasks.length)}\n`);
    expect(reads).toBe(tasks.length);
  });
});
