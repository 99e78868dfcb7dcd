import '../i18n';

/** Stub: the checklist feature fills this page in. */
export function ChecklistOverviewPage() {
  return null;
}
