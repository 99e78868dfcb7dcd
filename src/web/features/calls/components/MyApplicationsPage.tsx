import '../i18n';

/** Stub: the calls feature fills this page in. */
export function MyApplicationsPage() {
  return null;
}
