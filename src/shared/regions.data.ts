/**
 * Taiwan Ministry of Education (教育部) region grouping used in international-student and
 * partner statistics. This is the seeded default of an editable lookup table; admins may
 * override individual countries at runtime.
 */
export const MOE_REGIONS = [
  'asean',
  'south_asia',
  'mainland_china',
  'hk_macau',
  'other_asia',
  'north_america',
  'latin_america',
  'europe',
  'africa',
] as const;

export type MoeRegion = (typeof MOE_REGIONS)[number];

/**
 * ISO 3166-1 alpha-2 → MoE region. Default per the Ministry's published grouping; 其他亞洲地區 also holds Australia,
 * Oceania, Russia and Turkey. TW is deliberately absent (home country). Dependent territories without an explicit
 * Ministry assignment follow their UN M49 geographic sub-region.
 */
// biome-ignore format: compact lookup table, a few entries per line grouped by region
export const DEFAULT_COUNTRY_REGIONS: Record<string, MoeRegion> = {
  // 東協 ASEAN (10 members + Timor-Leste)
  BN: 'asean', ID: 'asean', KH: 'asean', LA: 'asean', MM: 'asean', MY: 'asean',
  PH: 'asean', SG: 'asean', TH: 'asean', TL: 'asean', VN: 'asean',

  // 南亞 South Asia
  AF: 'south_asia', BD: 'south_asia', BT: 'south_asia', IN: 'south_asia',
  LK: 'south_asia', MV: 'south_asia', NP: 'south_asia', PK: 'south_asia',

  // 中國大陸 Mainland China
  CN: 'mainland_china',

  // 港澳 Hong Kong & Macau
  HK: 'hk_macau', MO: 'hk_macau',

  // 其他亞洲地區 — East Asia
  JP: 'other_asia', KP: 'other_asia', KR: 'other_asia', MN: 'other_asia',
  // 其他亞洲地區 — Middle East, Caucasus, Turkey
  AE: 'other_asia', AM: 'other_asia', AZ: 'other_asia', BH: 'other_asia', GE: 'other_asia', IL: 'other_asia',
  IQ: 'other_asia', IR: 'other_asia', JO: 'other_asia', KW: 'other_asia', LB: 'other_asia', OM: 'other_asia',
  PS: 'other_asia', QA: 'other_asia', SA: 'other_asia', SY: 'other_asia', TR: 'other_asia', YE: 'other_asia',
  // 其他亞洲地區 — Central Asia and Russia
  KG: 'other_asia', KZ: 'other_asia', RU: 'other_asia', TJ: 'other_asia', TM: 'other_asia', UZ: 'other_asia',
  // 其他亞洲地區 — Australia, New Zealand, Oceania (incl. US/French/NZ/Australian Pacific territories), Antarctica
  AQ: 'other_asia', AS: 'other_asia', AU: 'other_asia', CC: 'other_asia', CK: 'other_asia', CX: 'other_asia',
  FJ: 'other_asia', FM: 'other_asia', GU: 'other_asia', HM: 'other_asia', KI: 'other_asia', MH: 'other_asia',
  MP: 'other_asia', NC: 'other_asia', NF: 'other_asia', NR: 'other_asia', NU: 'other_asia', NZ: 'other_asia',
  PF: 'other_asia', PG: 'other_asia', PN: 'other_asia', PW: 'other_asia', SB: 'other_asia', TK: 'other_asia',
  TO: 'other_asia', TV: 'other_asia', UM: 'other_asia', VU: 'other_asia', WF: 'other_asia', WS: 'other_asia',

  // 北美 North America
  BM: 'north_america', CA: 'north_america', GL: 'north_america', PM: 'north_america', US: 'north_america',

  // 中南美 Latin America — Mexico and Central America
  BZ: 'latin_america', CR: 'latin_america', GT: 'latin_america', HN: 'latin_america', MX: 'latin_america',
  NI: 'latin_america', PA: 'latin_america', SV: 'latin_america',
  // 中南美 Latin America — Caribbean
  AG: 'latin_america', AI: 'latin_america', AW: 'latin_america', BB: 'latin_america', BL: 'latin_america',
  BQ: 'latin_america', BS: 'latin_america', CU: 'latin_america', CW: 'latin_america', DM: 'latin_america',
  DO: 'latin_america', GD: 'latin_america', GP: 'latin_america', HT: 'latin_america', JM: 'latin_america',
  KN: 'latin_america', KY: 'latin_america', LC: 'latin_america', MF: 'latin_america', MQ: 'latin_america',
  MS: 'latin_america', PR: 'latin_america', SX: 'latin_america', TC: 'latin_america', TT: 'latin_america',
  VC: 'latin_america', VG: 'latin_america', VI: 'latin_america',
  // 中南美 Latin America — South America and South Atlantic
  AR: 'latin_america', BO: 'latin_america', BR: 'latin_america', BV: 'latin_america', CL: 'latin_america',
  CO: 'latin_america', EC: 'latin_america', FK: 'latin_america', GF: 'latin_america', GS: 'latin_america',
  GY: 'latin_america', PE: 'latin_america', PY: 'latin_america', SR: 'latin_america', UY: 'latin_america',
  VE: 'latin_america',

  // 歐洲 Europe (excluding Russia and Turkey)
  AD: 'europe', AL: 'europe', AT: 'europe', AX: 'europe', BA: 'europe', BE: 'europe', BG: 'europe', BY: 'europe',
  CH: 'europe', CY: 'europe', CZ: 'europe', DE: 'europe', DK: 'europe', EE: 'europe', ES: 'europe', FI: 'europe',
  FO: 'europe', FR: 'europe', GB: 'europe', GG: 'europe', GI: 'europe', GR: 'europe', HR: 'europe', HU: 'europe',
  IE: 'europe', IM: 'europe', IS: 'europe', IT: 'europe', JE: 'europe', LI: 'europe', LT: 'europe', LU: 'europe',
  LV: 'europe', MC: 'europe', MD: 'europe', ME: 'europe', MK: 'europe', MT: 'europe', NL: 'europe', NO: 'europe',
  PL: 'europe', PT: 'europe', RO: 'europe', RS: 'europe', SE: 'europe', SI: 'europe', SJ: 'europe', SK: 'europe',
  SM: 'europe', UA: 'europe', VA: 'europe',

  // 非洲 Africa — North Africa
  DZ: 'africa', EG: 'africa', EH: 'africa', LY: 'africa', MA: 'africa', SD: 'africa', TN: 'africa',
  // 非洲 Africa — West Africa
  BF: 'africa', BJ: 'africa', CI: 'africa', CV: 'africa', GH: 'africa', GM: 'africa', GN: 'africa', GW: 'africa',
  LR: 'africa', ML: 'africa', MR: 'africa', NE: 'africa', NG: 'africa', SH: 'africa', SL: 'africa', SN: 'africa',
  TG: 'africa',
  // 非洲 Africa — Central Africa
  AO: 'africa', CD: 'africa', CF: 'africa', CG: 'africa', CM: 'africa', GA: 'africa', GQ: 'africa', ST: 'africa',
  TD: 'africa',
  // 非洲 Africa — East Africa and Indian Ocean
  BI: 'africa', DJ: 'africa', ER: 'africa', ET: 'africa', IO: 'africa', KE: 'africa', KM: 'africa', MG: 'africa',
  MU: 'africa', MW: 'africa', MZ: 'africa', RE: 'africa', RW: 'africa', SC: 'africa', SO: 'africa', SS: 'africa',
  TF: 'africa', TZ: 'africa', UG: 'africa', YT: 'africa', ZM: 'africa', ZW: 'africa',
  // 非洲 Africa — Southern Africa
  BW: 'africa', LS: 'africa', NA: 'africa', SZ: 'africa', ZA: 'africa',
};
