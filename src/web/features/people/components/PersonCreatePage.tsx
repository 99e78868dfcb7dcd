import '../i18n';

/** Stub: the people feature fills this page in. */
export function PersonCreatePage() {
  return null;
}
