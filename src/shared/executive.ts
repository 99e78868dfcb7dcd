/** The executive dashboard's vocabulary, kept free of zod so the browser can import it. */

/**
 * Mobility records per academic year, by group: students and staff going out; degree students,
 * non-degree students and visiting scholars coming in. Labels: `executive.groups.<group>`.
 */
export const TREND_GROUPS = [
  'outboundStudents',
  'outboundStaff',
  'inboundDegree',
  'inboundNonDegree',
  'inboundScholars',
] as const;
export type TrendGroup = (typeof TREND_GROUPS)[number];
