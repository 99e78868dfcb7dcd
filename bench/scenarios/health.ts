import { readScenario } from './read.js';
import type { Scenario } from './types.js';

/** The floor: a request that does almost nothing (no session), so framework overhead shows on its own. */
export const healthScenarios: Scenario[] = [
  readScenario('health', 'GET /api/health: database reachable, migration applied', async () => '/api/health'),
];
