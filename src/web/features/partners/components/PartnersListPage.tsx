import '@mantine/core/styles/ScrollArea.css';
import { useTranslation } from 'react-i18next';
import { ListHeaderActions, SortControls } from '#web/components/ui/ListControls';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { usePhone } from '#web/lib/media';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useUrlSearch } from '#web/lib/urlSearch';
import { exportUrl, PAGE_SIZE, usePartners } from '../api/partners';
import { PARTNER_SORTS, type PartnerSort, parsePartnerSearch } from '../search';
import { PartnerCards } from './PartnerCards';
import { PartnerFilters } from './PartnerFilters';
import { PartnersTable } from './PartnersTable';

/** Partner institutions: search, filters, sorting and paging, all kept in the URL. */
export function PartnersListPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { search, update } = useUrlSearch(paths.partners(), parsePartnerSearch);
  const phone = usePhone();
  const canCreate = useCan('partners', 'create');
  const canExport = useCan('partners', 'export');
  const list = usePartners(search);
  const sort = search.sort ?? 'name';
  const order = search.order ?? 'asc';

  return (
    <>
      <PageHeader
        title={t('partners.list.title')}
        subtitle={
          list.data
            ? list.data.approximate
              ? t('partners.list.approximate')
              : t(list.data.totalExact === false ? 'partners.list.totalMoreThan' : 'partners.list.total', {
                  total: fmt.number(list.data.total),
                })
            : null
        }
        actions={
          <ListHeaderActions
            exportHref={canExport ? exportUrl(search) : undefined}
            exportLabel={t('partners.list.export')}
            newPath={canCreate ? paths.partnerNew() : undefined}
            newLabel={t('partners.list.new')}
          />
        }
      />
      <PartnerFilters search={search} onChange={(changes) => update(changes)}>
        <SortControls sorts={PARTNER_SORTS} sort={sort} order={order} label={(s) => sortLabel(s)} onChange={update} />
      </PartnerFilters>
      <PagedList
        query={list}
        pageSize={PAGE_SIZE}
        empty={t('partners.list.empty')}
        onPage={(page, cursor) => update({ page, cursor }, false)}
        onCountExactly={() => update({ count: 'exact' }, false)}
      >
        {(items) =>
          phone ? (
            <PartnerCards items={items} />
          ) : (
            <PartnersTable items={items} sort={sort} order={order} onSort={(s, o) => update({ sort: s, order: o })} />
          )
        }
      </PagedList>
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
