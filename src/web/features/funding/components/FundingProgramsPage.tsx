import '../i18n';

/** Stub: the funding feature fills this page in. */
export function FundingProgramsPage() {
  return null;
}
