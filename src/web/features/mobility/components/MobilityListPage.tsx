import '@mantine/core/styles/ScrollArea.css';
import { useTranslation } from 'react-i18next';
import { ListHeaderActions, SortControls } from '#web/components/ui/ListControls';
import { ButtonLink } from '#web/components/ui/links';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useUrlSearch } from '#web/lib/urlSearch';
import { exportUrl, PAGE_SIZE, useMobilities } from '../api/mobility';
import { MOBILITY_LIST_SORTS, parseMobilitySearch } from '../search';
import '../i18n';
import { usePhone } from '#web/lib/media';
import { MobilityFilters } from './list/MobilityFilters';
import { MobilityCards, MobilityTable } from './list/MobilityRows';

/** Mobility records: search, filters, sorting and paging in the URL; export with the same filters. */
export function MobilityListPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { search, update } = useUrlSearch(paths.mobilities(), parseMobilitySearch);
  const phone = usePhone();
  const canCreate = useCan('mobility', 'create');
  const canExport = useCan('mobility', 'export');
  const canImport = useCan('mobility', 'import');
  const list = useMobilities(search);
  // Someone who may neither create nor export records sees only their own (a student): a few rows, so no
  // staff filter bar, and a title that says whose they are.
  const ownOnly = !canCreate && !canExport && !canImport;
  const sort = search.sort ?? 'start_date';
  const order = search.order ?? 'asc';
  return (
    <>
      <PageHeader
        title={ownOnly ? t('mobilityUi.mineTitle') : t('mobilityUi.title')}
        subtitle={list.data ? t('mobilityUi.total', { total: fmt.number(list.data.total) }) : null}
        actions={
          <>
            {canImport ? (
              <ButtonLink to={paths.imports()} search={{ kind: 'mobilities' }} variant="default">
                {t('mobilityUi.importLink')}
              </ButtonLink>
            ) : null}
            <ListHeaderActions
              exportHref={canExport ? exportUrl(search) : undefined}
              exportLabel={t('mobilityUi.export')}
              newPath={canCreate ? paths.mobilityNew() : undefined}
              newLabel={t('mobilityUi.new')}
            />
          </>
        }
      />
      {ownOnly ? null : (
        <MobilityFilters search={search} onChange={(changes) => update(changes)}>
          <SortControls
            sorts={MOBILITY_LIST_SORTS}
            sort={sort}
            order={order}
            label={(s) => t(`mobilityUi.sorts.${s}`)}
            onChange={update}
          />
        </MobilityFilters>
      )}
      <PagedList
        query={list}
        pageSize={PAGE_SIZE}
        empty={t('mobilityUi.empty')}
        onPage={(page, cursor) => update({ page, cursor }, false)}
        onCountExactly={() => update({ count: 'exact' }, false)}
      >
        {(items) =>
          phone ? (
            <MobilityCards items={items} />
          ) : (
            <MobilityTable items={items} sort={sort} order={order} onSort={(s, o) => update({ sort: s, order: o })} />
          )
        }
      </PagedList>
    </>
  );
}
