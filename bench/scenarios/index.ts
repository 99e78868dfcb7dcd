import { admissionScenarios } from './admissions.js';
import { agreementScenarios } from './agreements.js';
import { cohortScenarios } from './cohorts.js';
import { dashboardScenarios } from './dashboard.js';
import { healthScenarios } from './health.js';
import { importScenarios } from './imports.js';
import { mobilityScenarios } from './mobility.js';
import { partnerScenarios } from './partners.js';
import { reportingScenarios } from './reporting.js';
import type { Scenario, ScenarioKind } from './types.js';

/**
 * Every scenario, by module. A module that lands later (mobility, reporting) adds one file exporting its
 * Scenario[] — reads through readScenario (the baseline comes for free), exports through exportScenario —
 * and one line here.
 */
export const SCENARIOS: Scenario[] = [
  ...healthScenarios,
  ...partnerScenarios,
  ...agreementScenarios,
  ...mobilityScenarios,
  ...cohortScenarios,
  ...admissionScenarios,
  ...dashboardScenarios,
  ...reportingScenarios,
  ...importScenarios,
];

/** Reads first, on the dataset as generated; then the export; writes and imports last, as they add rows. */
const ORDER: ScenarioKind[] = ['read', 'aggregate', 'export', 'write', 'import'];

/**
 * The scenarios to run, in run order. `only` holds scenario names (`partners.search` is that one) or
 * module prefixes that are no scenario's name (`partners` is all of the module's).
 */
export function selectScenarios(only?: string[]): Scenario[] {
  const names = new Set(SCENARIOS.map((s) => s.name));
  const wanted = (name: string, o: string) => name === o || (!names.has(o) && name.startsWith(`${o}.`));
  const picked = only?.length ? SCENARIOS.filter((s) => only.some((o) => wanted(s.name, o))) : SCENARIOS;
  if (only?.length && picked.length === 0)
    throw new Error(`--only ${only.join(',')} matches no scenario; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  return [...picked].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}
