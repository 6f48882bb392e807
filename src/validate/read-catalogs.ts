/** Readers of the catalogue files: settings, pillars, agencies, plans, criteria (spec §§ dx-report.yaml … criteria.yaml). */
import { isReportFormat } from '../model/report-formats.js';
import type { Agency, DocumentIdentity, RunDefaults, Settings, Signer } from '../model/types.js';
import { list, number, record, text, texts, type Collected } from './collected.js';
import { diagnostic } from './pending.js';
import type { Locator } from './where.js';

export function readSettings(
  value: unknown,
  file: string,
  _locate: Locator,
  into: Collected,
): void {
  const root = record(value);
  const signer = record(root.signer);
  const defaults = record(root.defaults);
  const runDefaults: RunDefaults = {};
  if (Array.isArray(defaults.formats))
    runDefaults.formats = texts(defaults.formats).filter(isReportFormat);
  if (text(defaults.out)) runDefaults.out = text(defaults.out)!;
  if (defaults.lang === 'vi' || defaults.lang === 'en') runDefaults.lang = defaults.lang;
  if (text(defaults.template)) runDefaults.template = text(defaults.template)!;
  if (Array.isArray(defaults.plans) && defaults.plans.length > 0)
    runDefaults.plans = texts(defaults.plans);
  if (text(defaults.docx_reference)) runDefaults.docxReference = text(defaults.docx_reference)!;
  const organizationLines = lines(root.organization);
  const settings: Settings = {
    schemaVersion: 1,
    organization: organizationLines.join(' '),
    organizationLines,
    place: text(root.place) ?? '',
    recipients: texts(root.recipients),
    defaults: runDefaults,
  };
  if (text(root.parent_organization)) settings.parentOrganization = text(root.parent_organization)!;
  if (text(root.report_title)) settings.reportTitle = text(root.report_title)!;
  if (text(signer.title) && text(signer.name)) settings.signer = readSigner(signer);
  const document = readDocument(record(root.document));
  if (document) settings.document = document;
  if (number(root.cutoff_day) !== undefined) settings.cutoffDay = number(root.cutoff_day)!;
  void file;
  into.settings = settings;
}

/** A text as one line, or a list of lines (0.3); nothing else gives no line. */
function lines(value: unknown): string[] {
  if (Array.isArray(value)) return texts(value);
  const one = text(value);
  return one ? [one] : [];
}

function readSigner(signer: Record<string, unknown>): Signer {
  const read: Signer = { title: text(signer.title)!, name: text(signer.name)! };
  const authority = lines(signer.authority);
  if (authority.length > 0) read.authority = authority;
  if (text(signer.position)) read.position = text(signer.position)!;
  return read;
}

/** `document:` once its schema passed: a ký hiệu, and the number and addressees when given. */
function readDocument(document: Record<string, unknown>): DocumentIdentity | undefined {
  const symbol = text(document.symbol);
  if (!symbol) return undefined;
  const read: DocumentIdentity = { symbol, addressees: texts(document.addressees) };
  const number = document.number;
  if (typeof number === 'number' && Number.isInteger(number) && number >= 1) read.number = number;
  return read;
}

export function readPillars(value: unknown, file: string, locate: Locator, into: Collected): void {
  list(record(value).pillars).forEach((item, index) => {
    const pillar = record(item);
    const id = text(pillar.id);
    const name = text(pillar.name);
    if (!id || !name) return;
    into.declarations.push({ kind: 'pillar', id, file, at: locate(['pillars', index, 'id']) });
    into.pillars.push({
      id,
      name,
      label: text(pillar.label) ?? `nhiệm vụ ${name.toLocaleLowerCase('vi')}`,
    });
  });
}

export function readAgencies(value: unknown, file: string, locate: Locator, into: Collected): void {
  const root = record(value);
  list(root.groups).forEach((item, index) => {
    const group = record(item);
    const id = text(group.id);
    if (!id || !text(group.name)) return;
    into.declarations.push({ kind: 'group', id, file, at: locate(['groups', index, 'id']) });
    into.groups.push({ id, name: text(group.name)! });
  });
  list(root.agencies).forEach((item, index) => {
    const source = record(item);
    const id = text(source.id);
    const name = text(source.name);
    if (!id || !name) return;
    const path = ['agencies', index];
    const at = locate([...path, 'id']);
    into.declarations.push({ kind: 'agency', id, file, at });
    if (!into.agencyPlaces.has(id)) into.agencyPlaces.set(id, { file, at });
    const agency: Agency = { id, name, ranked: source.ranked !== false };
    if (text(source.short_name)) agency.shortName = text(source.short_name)!;
    const successors = Array.isArray(source.successor) ? texts(source.successor) : [];
    successors.forEach((target, at) =>
      into.references.push({
        kind: 'agency',
        id: target,
        file,
        at: locate([...path, 'successor', at]),
      }),
    );
    if (successors.length > 0 && !into.linkPlaces.has(`successor\u0000${id}`))
      into.linkPlaces.set(`successor\u0000${id}`, { file, at: locate([...path, 'successor']) });
    if (successors.length === 1) agency.successor = successors[0]!;
    if (successors.length > 1) agency.successors = successors;
    for (const field of ['group', 'parent', 'successor'] as const) {
      const target = text(source[field]);
      if (!target) continue;
      agency[field] = target;
      const at = locate([...path, field]);
      into.references.push({ kind: field === 'group' ? 'group' : 'agency', id: target, file, at });
      if (field !== 'group' && !into.linkPlaces.has(`${field}\u0000${id}`))
        into.linkPlaces.set(`${field}\u0000${id}`, { file, at });
    }
    if (text(source.active_from)) agency.activeFrom = text(source.active_from)!;
    if (text(source.active_until)) agency.activeUntil = text(source.active_until)!;
    if (agency.activeFrom && agency.activeUntil && agency.activeFrom > agency.activeUntil) {
      into.diagnostics.push(
        diagnostic('active-range-inverted', file, locate([...path, 'active_from']), {
          from: agency.activeFrom,
          until: agency.activeUntil,
        }),
      );
    }
    into.agencies.push(agency);
  });
}

export function readPlans(value: unknown, file: string, locate: Locator, into: Collected): void {
  list(record(value).plans).forEach((item, index) => {
    const plan = record(item);
    const [id, planNumber, date, title] = [
      text(plan.id),
      text(plan.number),
      text(plan.date),
      text(plan.title),
    ];
    if (!id || !planNumber || !date || !title) return;
    into.declarations.push({ kind: 'plan', id, file, at: locate(['plans', index, 'id']) });
    const issuer = text(plan.issuer)?.trim();
    into.plans.push({ id, number: planNumber, date, title, ...(issuer ? { issuer } : {}) });
  });
}
