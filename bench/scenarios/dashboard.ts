import { readScenario } from './read.js';
import type { Scenario } from './types.js';

export const dashboardScenarios: Scenario[] = [
  readScenario(
    'dashboard.summary',
    'the OIA dashboard figures and world map data',
    async () => '/api/v1/dashboard/summary',
  ),
];
