import { agreementScenarios } from './agreements.js';
import { dashboardScenarios } from './dashboard.js';
import { healthScenarios } from './health.js';
import { importScenarios } from './imports.js';
import { partnerScenarios } from './partners.js';
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
  ...dashboardScenarios,
  ...importScenarios,
];

/** Reads first, on the dataset as generated; then the export; writes and imports last, as they add rows. */
const ORDER: ScenarioKind[] = ['read', 'export', 'write', 'import'];

/** The scenarios to run, in run order: `only` holds names or module prefixes (`partners`, `agreements.detail`). */
export function selectScenarios(only?: string[]): Scenario[] {
  const picked = only?.length
    ? SCENARIOS.filter((s) => only.some((o) => s.name === o || s.name.startsWith(`${o}.`)))
    : SCENARIOS;
  if (only?.length && picked.length === 0)
    throw new Error(`--only ${only.join(',')} matches no scenario; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  return [...picked].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}
