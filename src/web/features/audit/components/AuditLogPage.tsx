import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { TablePagination } from '../../../components/ui/TablePagination';
import { paths } from '../../../lib/paths';
import { compact } from '../../../lib/search';
import { PAGE_SIZE, useAuditLog } from '../api/audit';
import { type AuditSearch, parseAuditSearch } from '../search';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';

/** The whole audit log (administrators and executive viewers): who did what, when, to which record. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = parseAuditSearch(useSearch({ strict: false }));
  const { data, error, isPending, refetch } = useAuditLog(search);

  const update = (changes: Partial<AuditSearch>, resetPage = true) =>
    void navigate({
      to: paths.audit(),
      search: compact({ ...search, ...(resetPage ? { page: undefined } : {}), ...changes }),
      replace: true,
    });

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <AuditFilters search={search} onChange={(changes) => update(changes)} />
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data && data.items.length === 0 ? <EmptyState>{t('audit.empty')}</EmptyState> : null}
      {data && data.items.length > 0 ? (
        <AuditTable items={data.items} onActor={(actorId) => update({ actorId })} />
      ) : null}
      {data && data.total > 0 ? (
        <TablePagination
          page={data.page}
          pageSize={PAGE_SIZE}
          total={data.total}
          onChange={(p) => update({ page: p > 1 ? p : undefined }, false)}
        />
      ) : null}
    </>
  );
}
