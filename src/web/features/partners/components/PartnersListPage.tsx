import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import { Button, Group, Select } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/links';
import { PagedList } from '../../../components/ui/PagedList';
import { PageHeader } from '../../../components/ui/PageHeader';
import { useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useCan } from '../../../lib/session';
import { useUrlSearch } from '../../../lib/urlSearch';
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
  const phone = useMediaQuery('(max-width: 48em)');
  const canCreate = useCan('partners', 'create');
  const canExport = useCan('partners', 'export');
  const list = usePartners(search);
  const sort = search.sort ?? 'name';
  const order = search.order ?? 'asc';

  return (
    <>
      <PageHeader
        title={t('partners.list.title')}
        subtitle={list.data ? t('partners.list.total', { total: fmt.number(list.data.total) }) : null}
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
      <PagedList
        query={list}
        pageSize={PAGE_SIZE}
        empty={t('partners.list.empty')}
        onPage={(page) => update({ page }, false)}
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
