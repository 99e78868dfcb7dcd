import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import { NumberInput, Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECTIONS, INBOUND_CATEGORIES, MOBILITY_KINDS, MOBILITY_STATUSES, PERSON_KINDS } from '#shared/mobility';
import { AcademicYearSelect } from '#web/components/ui/AcademicYearSelect';
import { FilterBar } from '#web/components/ui/FilterBar';
import { ArchivedFilter, CountryFilter, RegionFilter, SearchInput } from '#web/components/ui/ListFilters';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import type { MobilitySearch } from '#web/features/mobility/search';

type Props = { search: MobilitySearch; onChange: (changes: Partial<MobilitySearch>) => void; children?: ReactNode };

/** Search by person name or number, and the filters of the Ministry's counting; every change lands in the URL. */
export function MobilityFilters({ search, onChange, children }: Props) {
  const { t } = useTranslation();
  const { q: _q, sort: _s, order: _o, page: _p, ...rest } = search;
  const active = Object.values(rest).filter(Boolean).length;
  const select = (key: keyof MobilitySearch) => (value: string | null) => onChange({ [key]: value ?? undefined });
  const options = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  const yesNo = [
    { value: 'true', label: t('common.yes') },
    { value: 'false', label: t('common.no') },
  ];
  const common = { placeholder: t('common.all'), clearable: true } as const;

  const filters = (
    <>
      <Select
        label={t('mobilityFields.direction')}
        data={options(DIRECTIONS, 'mobilityDirections')}
        value={search.direction ?? null}
        onChange={select('direction')}
        {...common}
      />
      <Select
        label={t('mobilityFields.personCategory')}
        data={options(PERSON_KINDS, 'mobilityPersonCategories')}
        value={search.personCategory ?? null}
        onChange={select('personCategory')}
        {...common}
      />
      <Select
        label={t('mobilityFields.kind')}
        data={options(MOBILITY_KINDS, 'mobilityKinds')}
        value={search.kind ?? null}
        onChange={select('kind')}
        searchable
        {...common}
      />
      <Select
        label={t('mobilityFields.status')}
        data={options(MOBILITY_STATUSES, 'mobilityStatuses')}
        value={search.status ?? null}
        onChange={select('status')}
        {...common}
      />
      <Select
        label={t('mobilityFields.moeCategory')}
        data={options(INBOUND_CATEGORIES, 'inboundCategories')}
        value={search.moeCategory ?? null}
        onChange={select('moeCategory')}
        {...common}
      />
      <CountryFilter
        label={t('mobilityFields.country')}
        value={search.country}
        onChange={(country) => onChange({ country })}
      />
      <RegionFilter
        label={t('mobilityFields.region')}
        value={search.region}
        onChange={(region) => onChange({ region })}
      />
      <UnitSelect
        label={t('mobilityFields.unit')}
        placeholder={t('common.all')}
        value={search.unitId ?? null}
        onChange={(id) => onChange({ unitId: id ?? undefined })}
      />
      <AcademicYearSelect
        label={t('mobilityUi.filters.academicYear')}
        placeholder={t('common.all')}
        clearable
        back={30}
        value={search.academicYear}
        onChange={(y) => onChange({ academicYear: y ?? undefined })}
      />
      <Select
        label={t('mobilityFields.atLeastSemester')}
        data={yesNo}
        value={search.atLeastSemester ?? null}
        onChange={select('atLeastSemester')}
        {...common}
      />
      <Select
        label={t('mobilityUi.closingOverdue')}
        data={[{ value: 'true', label: t('common.yes') }]}
        value={search.closingOverdue ?? null}
        onChange={select('closingOverdue')}
        {...common}
      />
      <ArchivedFilter value={search.archived} onChange={(archived) => onChange({ archived })} />
    </>
  );
  return (
    <FilterBar
      search={
        <SearchInput
          label={t('mobilityUi.filters.search')}
          placeholder={t('mobilityUi.filters.searchPlaceholder')}
          value={search.q}
          onSearch={(q) => onChange({ q })}
        />
      }
      filters={filters}
      active={active}
      id="mobility-filters"
      cols={{ base: 1, xs: 2, md: 4 }}
    >
      {children}
    </FilterBar>
  );
}
