import '@mantine/core/styles/ScrollArea.css';
import { useTranslation } from 'react-i18next';
import { ListHeaderActions, SortControls } from '#web/components/ui/ListControls';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useUrlSearch } from '#web/lib/urlSearch';
import { exportUrl, PAGE_SIZE, usePeople } from '../api/people';
import { PEOPLE_SORTS, type PeopleSort, parsePeopleSearch } from '../search';
import '../i18n';
import { usePhone } from '#web/lib/media';
import { ExportWithPersonalData } from './ExportWithPersonalData';
import { PeopleCards } from './PeopleCards';
import { PeopleFilters } from './PeopleFilters';
import { PeopleTable } from './PeopleTable';

/** Students, staff and visiting scholars: search, filters, sorting and paging, all kept in the URL. */
export function PeopleListPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { search, update } = useUrlSearch(paths.people(), parsePeopleSearch);
  const phone = usePhone();
  const canCreate = useCan('people', 'create');
  const canExport = useCan('people', 'export');
  const list = usePeople(search);
  const sort = search.sort ?? 'name';
  const order = search.order ?? 'asc';

  return (
    <>
      <PageHeader
        title={t('peopleUi.list.title')}
        subtitle={
          list.data
            ? t(list.data.totalExact === false ? 'peopleUi.list.totalMoreThan' : 'peopleUi.list.total', {
                total: fmt.number(list.data.total),
              })
            : null
        }
        actions={
          <>
            <ListHeaderActions
              exportHref={canExport ? exportUrl(search) : undefined}
              exportLabel={t('peopleUi.list.export')}
              newPath={canCreate ? paths.personNew() : undefined}
              newLabel={t('peopleUi.list.new')}
            />
            <ExportWithPersonalData href={exportUrl(search, true)} />
          </>
        }
      />
      <PeopleFilters search={search} onChange={(changes) => update(changes)}>
        <SortControls sorts={PEOPLE_SORTS} sort={sort} order={order} label={sortLabel} onChange={update} />
      </PeopleFilters>
      <PagedList
        query={list}
        pageSize={PAGE_SIZE}
        empty={t('peopleUi.list.empty')}
        onPage={(page, cursor) => update({ page, cursor }, false)}
        onCountExactly={() => update({ count: 'exact' }, false)}
      >
        {(items) =>
          phone ? (
            <PeopleCards items={items} />
          ) : (
            <PeopleTable items={items} sort={sort} order={order} onSort={(s, o) => update({ sort: s, order: o })} />
          )
        }
      </PagedList>
    </>
  );

  function sortLabel(s: PeopleSort) {
    switch (s) {
      case 'name':
        return t('peopleUi.list.name');
      case 'number':
        return t('peopleUi.list.number');
      case 'updated':
        return t('personFields.updatedAt');
      case 'created':
        return t('personFields.createdAt');
    }
  }
}
