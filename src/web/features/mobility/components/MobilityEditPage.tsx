import '../i18n';

/** Stub: the mobility feature fills this page in. */
export function MobilityEditPage() {
  return null;
}
