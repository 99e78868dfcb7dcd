import type { Db, Dialect } from '#server/db/client.js';
import type { PartnerStatus, PartnerType } from '#shared/enums.js';
import type { NameMaker } from '../names.js';
import type { Random } from '../random.js';
import type { ScaleSpec } from '../scales.js';
import type { CountryProfile } from '../world.data.js';
import type { BulkWriter } from '../writer.js';

/** What the partners module hands on to the modules after it (agreements now; mobility later). */
export type GeneratedPartner = {
  id: number;
  code: string;
  nameEn: string;
  nameZh: string;
  country: CountryProfile;
  domain: string;
  type: PartnerType;
  status: PartnerStatus;
  createdOn: string;
};

export type GeneratedAgreement = {
  id: number;
  code: string;
  partnerIds: number[];
  kind: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
};

export type GenContext = {
  db: Db;
  dialect: Dialect;
  /** The module's own random stream (forked by module name). */
  random: Random;
  names: NameMaker;
  scale: ScaleSpec;
  /** The day the dataset is "as of": ten years of history end here. */
  asOf: string;
  /** Countries partners may come from at this scale, with weights. */
  countries: CountryProfile[];
  /** Demo unit code → id (units are seeded by the app's own seedDemoAccounts). */
  units: Map<string, number>;
  writer: BulkWriter;
  partners: GeneratedPartner[];
  agreements: GeneratedAgreement[];
};

/**
 * One module's share of the dataset. `tables` are what it fills, each read back in `key` order for the
 * checksum (volatile columns such as file contents are left out with `omit`).
 */
export type DataModule = {
  name: string;
  tables: { name: string; key: string[]; omit?: string[] }[];
  generate(ctx: GenContext): Promise<void>;
};
