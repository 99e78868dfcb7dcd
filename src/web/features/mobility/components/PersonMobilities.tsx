import '../i18n';

/** The mobility records of one person, on the person's page (stub: the mobility feature fills it in). */
export function PersonMobilities(_props: { personId: number }) {
  return null;
}
