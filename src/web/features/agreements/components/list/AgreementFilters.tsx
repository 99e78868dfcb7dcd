import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '#shared/enums';
import { FilterBar } from '#web/components/ui/FilterBar';
import { ArchivedFilter, CountryFilter, EnumFilter, RegionFilter, SearchInput } from '#web/components/ui/ListFilters';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import { type AgreementSearch, EXPIRING_CHOICES } from '#web/features/agreements/search';
import { useFormat } from '#web/lib/format';

type Props = {
  search: AgreementSearch;
  onChange: (changes: Partial<AgreementSearch>) => void;
  /** More controls (sorting) shown with the filters on phones. */
  children?: ReactNode;
};

/**
 * Search (debounced, titles, codes and partner names in either language) and the filters; every change lands in
 * the URL (on phones the filters fold away, see FilterBar).
 */
export function AgreementFilters({ search, onChange, children }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const active = [
    search.kind,
    search.status,
    search.country,
    search.region,
    search.owningUnitId,
    search.expiringWithinDays,
    search.archived,
  ].filter(Boolean).length;

  // A number typed into the URL that is not a quick choice still shows as the selected option.
  const days = [...new Set([...EXPIRING_CHOICES, ...(search.expiringWithinDays ? [search.expiringWithinDays] : [])])];

  const searchInput = (
    <SearchInput
      label={t('agreementsUi.filters.search')}
      placeholder={t('agreementsUi.filters.searchPlaceholder')}
      value={search.q}
      onSearch={(q) => onChange({ q })}
    />
  );
  const filters = (
    <>
      <EnumFilter
        label={t('agreementFields.kind')}
        values={AGREEMENT_KINDS}
        labelOf={(v) => t(`agreementKinds.${v}`)}
        value={search.kind}
        onChange={(kind) => onChange({ kind })}
      />
      <EnumFilter
        label={t('agreementFields.status')}
        values={AGREEMENT_STATUSES}
        labelOf={(v) => t(`agreementStatuses.${v}`)}
        value={search.status}
        onChange={(status) => onChange({ status })}
      />
      <Select
        label={t('agreementsUi.filters.expiringWithin')}
        placeholder={t('common.all')}
        data={days.map((n) => ({ value: String(n), label: t('agreementsUi.filters.days', { n: fmt.number(n) }) }))}
        clearable
        value={search.expiringWithinDays ? String(search.expiringWithinDays) : null}
        onChange={(v) => onChange({ expiringWithinDays: v ? Number(v) : undefined })}
      />
      <CountryFilter
        label={t('agreementFields.country')}
        value={search.country}
        onChange={(country) => onChange({ country })}
      />
      <RegionFilter
        label={t('partnerFields.region')}
        value={search.region}
        onChange={(region) => onChange({ region })}
      />
      <UnitSelect
        label={t('agreementFields.owningUnit')}
        placeholder={t('common.all')}
        value={search.owningUnitId ?? null}
        onChange={(id) => onChange({ owningUnitId: id ?? undefined })}
      />
      <ArchivedFilter value={search.archived} onChange={(archived) => onChange({ archived })} />
    </>
  );

  return (
    <FilterBar
      search={searchInput}
      filters={filters}
      active={active}
      id="agreement-filters"
      cols={{ base: 1, xs: 2, md: 4 }}
    >
      {children}
    </FilterBar>
  );
}
