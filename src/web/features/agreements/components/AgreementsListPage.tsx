import '@mantine/core/styles/ScrollArea.css';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_SORTS } from '#shared/enums';
import { ListHeaderActions, SortControls } from '#web/components/ui/ListControls';
import { ButtonLink } from '#web/components/ui/links';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useUrlSearch } from '#web/lib/urlSearch';
import { exportUrl, PAGE_SIZE, useAgreements } from '../api/agreements';
import { parseAgreementSearch } from '../search';
import '../i18n';
import { usePhone } from '#web/lib/media';
import { AgreementCards } from './list/AgreementCards';
import { AgreementFilters } from './list/AgreementFilters';
import { AgreementsTable } from './list/AgreementsTable';

/** Agreements: search, filters, sorting and paging, all kept in the URL; export with the same filters. */
export function AgreementsListPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { search, update } = useUrlSearch(paths.agreements(), parseAgreementSearch);
  const phone = usePhone();
  const canCreate = useCan('agreements', 'create');
  const canExport = useCan('agreements', 'export');
  const list = useAgreements(search);
  const sort = search.sort ?? 'end_date';
  const order = search.order ?? 'asc';

  return (
    <>
      <PageHeader
        title={t('agreementsUi.title')}
        subtitle={
          list.data
            ? t(list.data.totalExact === false ? 'agreementsUi.list.totalMoreThan' : 'agreementsUi.list.total', {
                total: fmt.number(list.data.total),
              })
            : null
        }
        actions={
          <>
            <ButtonLink to={paths.ewpFactsheet()} variant="default">
              {t('ewpUi.factsheet.title')}
            </ButtonLink>
            <ListHeaderActions
              exportHref={canExport ? exportUrl(search) : undefined}
              exportLabel={t('agreementsUi.list.export')}
              newPath={canCreate ? paths.agreementNew() : undefined}
              newLabel={t('agreementsUi.list.new')}
            />
          </>
        }
      />
      <AgreementFilters search={search} onChange={(changes) => update(changes)}>
        <SortControls
          sorts={AGREEMENT_SORTS}
          sort={sort}
          order={order}
          label={(s) => t(`agreementsUi.sorts.${s}`)}
          onChange={update}
        />
      </AgreementFilters>
      <PagedList
        query={list}
        pageSize={PAGE_SIZE}
        empty={t('agreementsUi.list.empty')}
        onPage={(page, cursor) => update({ page, cursor }, false)}
        onCountExactly={() => update({ count: 'exact' }, false)}
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
