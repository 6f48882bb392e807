/**
 * The small files of a generated dataset: dx-report.yaml, pillars.yaml,
 * agencies.yaml and plans.yaml.
 */
import { PILLARS } from './task-phrases.mjs';
import { AGENCY_GROUPS } from './agencies.mjs';
import { dayNumber, isoDate, scalar, slugify } from './yaml-text.mjs';

/**
 * @typedef {object} GeneratedPlan
 * @property {string} id
 * @property {string} number
 * @property {string} date
 * @property {string} title
 * @property {number} province
 */

/**
 * dx-report.yaml for a province office or for a national roll-up.
 * @param {boolean} national
 * @returns {string}
 */
export function settingsYaml(national) {
  const lines = national
    ? [
        'schema_version: 1',
        'organization: Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
        'place: Hà Nội',
        'report_title: Tổng hợp kết quả thực hiện chuyển đổi số của các tỉnh, thành phố',
      ]
    : [
        'schema_version: 1',
        'organization: Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị',
        'parent_organization: Ủy ban nhân dân tỉnh Quảng Trị',
        'place: Quảng Trị',
        'report_title: Kết quả thực hiện công tác chuyển đổi số',
        'signer: { title: Trưởng Ban, name: Nguyễn Văn An }',
      ];
  lines.push('cutoff_day: 14', 'recipients:');
  lines.push(
    ...(national
      ? ['  - Các tỉnh, thành phố trực thuộc Trung ương', '  - Lưu VT']
      : ['  - Ban Chỉ đạo CĐS tỉnh', '  - Các sở, ban, ngành', '  - Lưu VT']),
  );
  return `${lines.join('\n')}\n`;
}

/** @returns {string} pillars.yaml */
export function pillarsYaml() {
  const lines = ['pillars:'];
  for (const pillar of PILLARS) {
    lines.push(`  - id: ${pillar.id}`, `    name: ${pillar.name}`, `    label: ${pillar.label}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * agencies.yaml: the groups, then every agency with the contract's field names.
 * @param {import('./agencies.mjs').GeneratedAgency[]} agencies
 * @returns {string}
 */
export function agenciesYaml(agencies) {
  const lines = ['groups:'];
  for (const group of AGENCY_GROUPS)
    lines.push(`  - id: ${group.id}`, `    name: ${scalar(group.name)}`);
  lines.push('agencies:');
  for (const agency of agencies) {
    lines.push(`  - id: ${agency.id}`, `    name: ${scalar(agency.name)}`);
    if (agency.shortName) lines.push(`    short_name: ${scalar(agency.shortName)}`);
    if (agency.group) lines.push(`    group: ${agency.group}`);
    if (agency.parent) lines.push(`    parent: ${agency.parent}`);
    if (agency.ranked === false) lines.push('    ranked: false');
    if (agency.activeUntil) lines.push(`    active_until: ${agency.activeUntil}`);
    if (agency.successor) lines.push(`    successor: ${agency.successor}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Two plans a province: its CĐS scheme (đề án) and its 2024 plan (kế hoạch).
 * Quảng Trị's scheme is QĐ 1982/QĐ-UBND of 29/7/2022.
 * @param {Array<[string, string]>} provinces
 * @param {boolean} prefixIds
 * @param {import('./prng.mjs').Random} random
 * @returns {GeneratedPlan[]}
 */
export function buildPlans(provinces, prefixIds, random) {
  return provinces.flatMap(([kind, place], province) => {
    const idPrefix = prefixIds ? `${slugify(place)}-` : '';
    const quangTri = place === 'Quảng Trị';
    return [
      {
        id: `${idPrefix}${quangTri ? 'qd-1982' : 'de-an-cds'}`,
        number: `${quangTri ? 1982 : random.int(100, 3000)}/QĐ-UBND`,
        date: quangTri ? '2022-07-29' : isoDate(dayNumber('2022-03-01') + random.int(0, 300)),
        title: `Đề án chuyển đổi số ${kind} ${place} đến năm 2025, định hướng đến năm 2030`,
        province,
      },
      {
        id: `${idPrefix}kh-2024`,
        number: `${random.int(10, 200)}/KH-UBND`,
        date: isoDate(dayNumber('2024-01-15') + random.int(0, 60)),
        title: `Kế hoạch chuyển đổi số ${kind} ${place} năm 2024`,
        province,
      },
    ];
  });
}

/**
 * @param {GeneratedPlan[]} plans
 * @returns {string} plans.yaml
 */
export function plansYaml(plans) {
  const lines = ['plans:'];
  for (const plan of plans) {
    lines.push(
      `  - id: ${plan.id}`,
      `    number: ${plan.number}`,
      `    date: ${plan.date}`,
      `    title: ${scalar(plan.title)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
