import '../i18n';

/** Stub: the calls feature fills this page in. */
export function CallEditPage() {
  return null;
}
