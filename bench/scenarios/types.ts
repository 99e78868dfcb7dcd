import type { Request } from 'autocannon';
import type { Manifest } from '../data/dataset.js';
import type { LoadFigures } from '../harness/load.js';
import type { MemoryFigures } from '../harness/memory-watch.js';
import type { ServerProcess } from '../harness/process.js';
import type { Api } from '../harness/session.js';

/** read: list/detail (against a baseline); write; export and import: measured once, start to finish. */
/** `aggregate`: a read over whole tables (Ministry tables, indicators), judged against the raw SQL and 1 s. */
export type ScenarioKind = 'read' | 'aggregate' | 'write' | 'export' | 'import';

export type PrepareContext = { api: Api; manifest: Manifest };

/** A check made after a scenario ran (e.g. one audit entry per write), reported with the figures. */
export type Check = { name: string; ok: boolean; detail: string };

/** Load at the run's connections for its duration: one GET (reads) or a request sequence per connection (writes). */
export type LoadPlan = {
  type: 'load';
  requests: Request[];
  /** Reads: the GET path whose SQL the baseline server replays. */
  baselinePath?: string;
  /** Runs after the load; `all` counts responses by status over the warm-up and the measured run together. */
  /** Reads: how long one request took when the plan was made (ms). */
  probeMs?: number;
  verify?: (api: Api, measured: LoadFigures, all: Record<string, number>) => Promise<Check[]>;
  /** What the run used, for the report (e.g. the page number of a deep page). */
  detail?: Record<string, unknown>;
};

export type OnceFigures = {
  seconds: number;
  rows: number;
  bytes?: number;
  /** Server memory around the run: RSS before/after and the peak during it (MB). */
  memory?: MemoryFigures;
  checks?: Check[];
  detail?: Record<string, unknown>;
  /** The export that stands for the targets' "xlsx export of 100,000 rows" (judged on its row count). */
  largeExport?: boolean;
};

export type OncePlan = { type: 'once'; run: (ctx: { api: Api; server: ServerProcess }) => Promise<OnceFigures> };

/** The scenario cannot run here (e.g. its module has not landed): reported with the reason, never silently. */
export type Skip = { type: 'skip'; reason: string };

export type Scenario = {
  /** Dotted, module first: `partners.search`; `--only partners` selects a module's scenarios. */
  name: string;
  kind: ScenarioKind;
  description: string;
  prepare: (ctx: PrepareContext) => Promise<LoadPlan | OncePlan | Skip>;
};

export const skip = (reason: string): Skip => ({ type: 'skip', reason });
