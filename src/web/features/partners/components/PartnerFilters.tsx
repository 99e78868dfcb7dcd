import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '#web/components/ui/FilterBar';
import { ArchivedFilter, CountryFilter, EnumFilter, RegionFilter, SearchInput } from '#web/components/ui/ListFilters';
import { PARTNER_STATUSES, PARTNER_TYPES } from '#web/lib/enums';
import type { PartnerSearch } from '../search';

type Props = {
  search: PartnerSearch;
  onChange: (changes: Partial<PartnerSearch>) => void;
  /** More controls (sorting) shown with the filters on phones. */
  children?: ReactNode;
};

/**
 * Search (debounced, either language) and the list's filters; every change lands in the URL
 * (on phones the filters fold away, see FilterBar).
 */
export function PartnerFilters({ search, onChange, children }: Props) {
  const { t } = useTranslation();
  const active = [search.country, search.region, search.type, search.status, search.archived].filter(Boolean).length;

  const searchInput = (
    <SearchInput
      label={t('partners.filters.search')}
      placeholder={t('partners.filters.searchPlaceholder')}
      value={search.q}
      onSearch={(q) => onChange({ q })}
    />
  );
  const filters = (
    <>
      <CountryFilter
        label={t('partnerFields.country')}
        value={search.country}
        onChange={(country) => onChange({ country })}
      />
      <RegionFilter
        label={t('partnerFields.region')}
        value={search.region}
        onChange={(region) => onChange({ region })}
      />
      <EnumFilter
        label={t('partnerFields.type')}
        values={PARTNER_TYPES}
        labelOf={(v) => t(`partnerTypes.${v}`)}
        value={search.type}
        onChange={(type) => onChange({ type })}
      />
      <EnumFilter
        label={t('partnerFields.status')}
        values={PARTNER_STATUSES}
        labelOf={(v) => t(`partnerStatuses.${v}`)}
        value={search.status}
        onChange={(status) => onChange({ status })}
      />
      <ArchivedFilter value={search.archived} onChange={(archived) => onChange({ archived })} />
    </>
  );

  return (
    <FilterBar
      search={searchInput}
      filters={filters}
      active={active}
      id="partner-filters"
      cols={{ base: 1, xs: 2, md: 3, xl: 6 }}
    >
      {children}
    </FilterBar>
  );
}
