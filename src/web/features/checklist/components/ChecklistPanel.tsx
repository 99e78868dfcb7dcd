import '../i18n';

/** The inbound document checklist of one mobility (stub: the checklist feature fills it in). */
export function ChecklistPanel(_props: { mobilityId: number }) {
  return null;
}
