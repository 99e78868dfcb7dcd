import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import { Button, Group, Select } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_SORTS } from '../../../../shared/enums';
import { ButtonLink } from '../../../components/ui/links';
import { PagedList } from '../../../components/ui/PagedList';
import { PageHeader } from '../../../components/ui/PageHeader';
import { useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useCan } from '../../../lib/session';
import { useUrlSearch } from '../../../lib/urlSearch';
import { exportUrl, PAGE_SIZE, useAgreements } from '../api/agreements';
import { type AgreementSort, parseAgreementSearch } from '../search';
import '../i18n';
import { AgreementCards } from './list/AgreementCards';
import { AgreementFilters } from './list/AgreementFilters';
import { AgreementsTable } from './list/AgreementsTable';

/** Agreements: search, filters, sorting and paging, all kept in the URL; export with the same filters. */
export function AgreementsListPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { search, update } = useUrlSearch(paths.agreements(), parseAgreementSearch);
  const phone = useMediaQuery('(max-width: 48em)');
  const canCreate = useCan('agreements', 'create');
  const canExport = useCan('agreements', 'export');
  const list = useAgreements(search);
  const sort = search.sort ?? 'end_date';
  const order = search.order ?? 'asc';

  return (
    <>
      <PageHeader
        title={t('agreementsUi.title')}
        subtitle={list.data ? t('agreementsUi.list.total', { total: fmt.number(list.data.total) }) : null}
        actions={
          <>
            {canExport ? (
              <Button component="a" href={exportUrl(search)} download variant="default">
                {t('agreementsUi.list.export')}
              </Button>
            ) : null}
            {canCreate ? <ButtonLink to={paths.agreementNew()}>{t('agreementsUi.list.new')}</ButtonLink> : null}
          </>
        }
      />
      <AgreementFilters search={search} onChange={(changes) => update(changes)}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <Select
            label={t('partners.list.sortBy')}
            style={{ flex: 1 }}
            allowDeselect={false}
            value={sort}
            data={AGREEMENT_SORTS.map((s) => ({ value: s, label: t(`agreementsUi.sorts.${s}`) }))}
            onChange={(v) => update({ sort: (v as AgreementSort) ?? undefined })}
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
      </AgreementFilters>
      <PagedList
        query={list}
        pageSize={PAGE_SIZE}
        empty={t('agreementsUi.list.empty')}
        onPage={(page) => update({ page }, false)}
      >
        {(items) =>
          phone ? (
            <AgreementCards items={items} />
          ) : (
            <AgreementsTable items={items} sort={sort} order={order} onSort={(s, o) => update({ sort: s, order: o })} />
          )
        }
      </PagedList>
    </>
  );
}
