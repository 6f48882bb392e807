/**
 * The agency catalogue of a generated dataset: per province, the UBND tỉnh,
 * its departments, (for the province size) its districts, and communes, with
 * the 2025 lineage (Sở TT&TT → Sở KH&CN, UBND huyện → a commune) that the
 * contract's `active_until`/`successor` fields describe.
 */
import { COMMUNE_NAMES, DEPARTMENTS, QUANG_TRI_DISTRICTS } from './agency-names.mjs';
import { slugify } from './yaml-text.mjs';

/**
 * @typedef {object} GeneratedAgency
 * @property {string} id
 * @property {string} name
 * @property {string} [shortName]
 * @property {string} [group]
 * @property {string} [parent]
 * @property {boolean} [ranked]
 * @property {string} [activeUntil]
 * @property {string} [successor]
 * @property {number} province index into the catalogue's provinces
 * @property {'province' | 'department' | 'district' | 'commune'} kind
 */

/**
 * @typedef {object} AgencyPlan
 * @property {Array<[string, string]>} provinces [kind, name] of each province covered
 * @property {boolean} prefixIds prefix ids and suffix names with the province (national roll-ups)
 * @property {boolean} districts include Quảng Trị's district-level units (province size only)
 * @property {number} communes communes in all, spread evenly over the provinces
 */

export const AGENCY_GROUPS = [
  { id: 'so-nganh', name: 'Sở, ban, ngành' },
  { id: 'cap-huyen', name: 'UBND cấp huyện' },
  { id: 'cap-xa', name: 'UBND cấp xã' },
];

/**
 * Builds the catalogue in file order: each province's block in turn.
 * @param {AgencyPlan} plan
 * @param {import('./prng.mjs').Random} random
 * @returns {GeneratedAgency[]}
 */
export function buildAgencies(plan, random) {
  /** @type {GeneratedAgency[]} */
  const agencies = [];
  const perProvince = Math.floor(plan.communes / plan.provinces.length);
  const extra = plan.communes % plan.provinces.length;
  plan.provinces.forEach(([kind, place], province) => {
    const idPrefix = plan.prefixIds ? `${slugify(place)}-` : '';
    const nameSuffix = plan.prefixIds ? ` ${kind} ${place}` : '';
    const provinceId = `${idPrefix}ubnd-tinh`;
    agencies.push({
      id: provinceId,
      name: `UBND ${kind} ${place}`,
      ranked: false,
      province,
      kind: 'province',
    });
    for (const department of DEPARTMENTS) {
      agencies.push({
        id: idPrefix + department.stem,
        name: plan.prefixIds ? department.name.replace(/ tỉnh$/, '') + nameSuffix : department.name,
        ...(department.shortName ? { shortName: department.shortName } : {}),
        group: 'so-nganh',
        parent: provinceId,
        ...(department.ranked === false ? { ranked: false } : {}),
        ...(department.stem === 'so-tttt'
          ? { activeUntil: '2025-02-28', successor: `${idPrefix}so-khcn` }
          : {}),
        province,
        kind: 'department',
      });
    }
    const districts = plan.districts
      ? QUANG_TRI_DISTRICTS.map(([districtKind, name]) => ({
          id: `${idPrefix}ubnd-${slugify(`${districtKind} ${name}`)}`,
          name: `UBND ${districtKind} ${name}`,
        }))
      : [];
    const communeCount = perProvince + (province < extra ? 1 : 0);
    const communes = random.sample(COMMUNE_NAMES, communeCount).map((name, index) => ({
      id: `${idPrefix}ubnd-xa-${slugify(name)}`,
      name: `UBND xã ${name}`,
      parent: districts.length > 0 ? districts[index % districts.length]?.id : provinceId,
    }));
    for (const district of districts) {
      const successor = communes.find((commune) => commune.parent === district.id);
      agencies.push({
        ...district,
        group: 'cap-huyen',
        parent: provinceId,
        activeUntil: '2025-06-30',
        ...(successor ? { successor: successor.id } : {}),
        province,
        kind: 'district',
      });
    }
    for (const commune of communes) {
      agencies.push({
        id: commune.id,
        name: commune.name + nameSuffix,
        group: 'cap-xa',
        parent: commune.parent ?? provinceId,
        province,
        kind: 'commune',
      });
    }
  });
  return agencies;
}
