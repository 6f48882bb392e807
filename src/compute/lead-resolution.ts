/**
 * Agency lineage for the report: the rules live in model/lineage.ts, where
 * validation (updates/ files: who may report on a task) reads them too.
 */
export { effectiveLead, isActiveOn, leadResolver } from '../model/lineage.js';
