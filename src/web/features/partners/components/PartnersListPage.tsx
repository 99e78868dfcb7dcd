import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import { Button, Group, Select } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Loading } from '../../../components/ui/Loading';
import { ButtonLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { TablePagination } from '../../../components/ui/TablePagination';
import { useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { compact } from '../../../lib/search';
import { useCan } from '../../../lib/session';
import { exportUrl, PAGE_SIZE, usePartners } from '../api/partners';
import { PARTNER_SORTS, type PartnerSearch, type PartnerSort, parsePartnerSearch } from '../search';
import { PartnerCards } from './PartnerCards';
import { PartnerFilters } from './PartnerFilters';
import { PartnersTable } from './PartnersTable';

/** Partner institutions: search, filters, sorting and paging, all kept in the URL. */
export function PartnersListPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const search = parsePartnerSearch(useSearch({ strict: false }));
  const phone = useMediaQuery('(max-width: 48em)');
  const canCreate = useCan('partners', 'create');
  const canExport = useCan('partners', 'export');
  const { data, error, isPending, refetch } = usePartners(search);
  const sort = search.sort ?? 'name';
  const order = search.order ?? 'asc';

  const update = (changes: Partial<PartnerSearch>, resetPage = true) =>
    void navigate({
      to: paths.partners(),
      search: compact({ ...search, ...(resetPage ? { page: undefined } : {}), ...changes }),
      replace: true,
    });

  return (
    <>
      <PageHeader
        title={t('partners.list.title')}
        subtitle={data ? t('partners.list.total', { total: fmt.number(data.total) }) : null}
        actions={
          <>
            {canExport ? (
              <Button component="a" href={exportUrl(search)} download variant="default">
                {t('partners.list.export')}
              </Button>
            ) : null}
            {canCreate ? <ButtonLink to={paths.partnerNew()}>{t('partners.list.new')}</ButtonLink> : null}
          </>
        }
      />
      <PartnerFilters search={search} onChange={(changes) => update(changes)}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <Select
            label={t('partners.list.sortBy')}
            style={{ flex: 1 }}
            allowDeselect={false}
            value={sort}
            data={PARTNER_SORTS.map((s) => ({ value: s, label: sortLabel(s) }))}
            onChange={(v) => update({ sort: (v as PartnerSort) ?? undefined })}
          />
          <Select
            label={t('partners.list.order')}
            w={130}
            allowDeselect={false}
            value={order}
            data={[
              { value: 'asc', label: t('partners.list.ascending') },
              { value: 'desc', label: t('partners.list.descending') },
            ]}
            onChange={(v) => update({ order: v === 'desc' ? 'desc' : 'asc' })}
          />
        </Group>
      </PartnerFilters>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data && data.items.length === 0 ? <EmptyState>{t('partners.list.empty')}</EmptyState> : null}
      {data && data.items.length > 0 ? (
        phone ? (
          <PartnerCards items={data.items} />
        ) : (
          <PartnersTable
            items={data.items}
            sort={sort}
            order={order}
            onSort={(s, o) => update({ sort: s, order: o })}
          />
        )
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

  function sortLabel(s: PartnerSort) {
    switch (s) {
      case 'name':
        return t('partners.list.name');
      case 'country':
        return t('partnerFields.country');
      case 'updated':
        return t('partnerFields.updatedAt');
      case 'created':
        return t('partnerFields.createdAt');
    }
  }
}
