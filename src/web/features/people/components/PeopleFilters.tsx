import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEGREE_LEVELS, PERSON_KINDS } from '#shared/mobility';
import { FilterBar } from '#web/components/ui/FilterBar';
import { ArchivedFilter, CountryFilter, EnumFilter, SearchInput } from '#web/components/ui/ListFilters';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import { ORIGINS, type PeopleSearch } from '../search';

type Props = {
  search: PeopleSearch;
  onChange: (changes: Partial<PeopleSearch>) => void;
  /** More controls (sorting) shown with the filters on phones. */
  children?: ReactNode;
};

/** Search (names in either language, student or staff number) and the list's filters, all in the URL. */
export function PeopleFilters({ search, onChange, children }: Props) {
  const { t } = useTranslation();
  const active = [
    search.kind,
    search.unitId,
    search.nationality,
    search.origin,
    search.degreeLevel,
    search.archived,
  ].filter(Boolean).length;
  const searchInput = (
    <SearchInput
      label={t('peopleUi.filters.search')}
      placeholder={t('peopleUi.filters.searchPlaceholder')}
      value={search.q}
      onSearch={(q) => onChange({ q })}
    />
  );
  const filters = (
    <>
      <EnumFilter
        label={t('personFields.kind')}
        values={PERSON_KINDS}
        labelOf={(v) => t(`personKinds.${v}`)}
        value={search.kind}
        onChange={(kind) => onChange({ kind })}
      />
      <UnitSelect
        label={t('personFields.unit')}
        placeholder={t('common.all')}
        value={search.unitId ?? null}
        onChange={(id) => onChange({ unitId: id ?? undefined })}
      />
      <EnumFilter
        label={t('peopleUi.filters.origin')}
        values={ORIGINS}
        labelOf={(v) => t(`peopleUi.origins.${v}`)}
        value={search.origin}
        onChange={(origin) => onChange({ origin })}
      />
      <CountryFilter
        label={t('personFields.nationality')}
        value={search.nationality}
        onChange={(nationality) => onChange({ nationality })}
      />
      <EnumFilter
        label={t('personFields.degreeLevel')}
        values={DEGREE_LEVELS}
        labelOf={(v) => t(`degreeLevels.${v}`)}
        value={search.degreeLevel}
        onChange={(degreeLevel) => onChange({ degreeLevel })}
      />
      <ArchivedFilter value={search.archived} onChange={(archived) => onChange({ archived })} />
    </>
  );
  return (
    <FilterBar
      search={searchInput}
      filters={filters}
      active={active}
      id="people-filters"
      cols={{ base: 1, xs: 2, md: 3, xl: 6 }}
    >
      {children}
    </FilterBar>
  );
}
