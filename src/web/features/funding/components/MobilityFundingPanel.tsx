import '../i18n';

/** The funding awards of one mobility (stub: the funding feature fills it in). */
export function MobilityFundingPanel(_props: { mobilityId: number }) {
  return null;
}
