import { admissionsModule } from './admissions.js';
import { agreementsModule } from './agreements.js';
import { cohortsModule } from './cohorts.js';
import { mobilityModule } from './mobility.js';
import { partnersModule } from './partners.js';
import type { DataModule } from './types.js';

/**
 * The data modules, in the order they run: each may use what the earlier ones generated (ctx.partners,
 * ctx.agreements). A new module (mobility, people) is one file exporting a DataModule, added here and
 * given its counts in scales.ts.
 */
export const DATA_MODULES: DataModule[] = [
  partnersModule,
  agreementsModule,
  mobilityModule,
  cohortsModule,
  admissionsModule,
];
