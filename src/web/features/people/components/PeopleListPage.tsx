import '../i18n';

/** Stub: the people feature fills this page in. */
export function PeopleListPage() {
  return null;
}
