import { useTranslation } from 'react-i18next';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { paths } from '#web/lib/paths';
import { useUrlSearch } from '#web/lib/urlSearch';
import { PAGE_SIZE, useAuditLog } from '../api/audit';
import { parseAuditSearch } from '../search';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';

/** The whole audit log (administrators and executive viewers): who did what, when, to which record. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const { search, update } = useUrlSearch(paths.audit(), parseAuditSearch);
  const list = useAuditLog(search);

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <AuditFilters search={search} onChange={(changes) => update(changes)} />
      <PagedList
        query={list}
        pageSize={PAGE_SIZE}
        empty={t('audit.empty')}
        onPage={(page, cursor) => update({ page, cursor }, false)}
        onCountExactly={() => update({ count: 'exact' }, false)}
      >
        {(items) => <AuditTable items={items} onActor={(actorId) => update({ actorId })} />}
      </PagedList>
    </>
  );
}
