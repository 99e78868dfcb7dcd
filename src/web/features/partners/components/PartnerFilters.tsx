import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import { Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MOE_REGIONS } from '../../../../shared/regions.data';
import { FilterBar } from '../../../components/ui/FilterBar';
import { PARTNER_STATUSES, PARTNER_TYPES } from '../../../lib/enums';
import { useCountryOptions } from '../../../lib/reference';
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
  const countries = useCountryOptions();
  const [q, setQ] = useState(search.q ?? '');
  const pushQ = useDebouncedCallback((value: string) => onChange({ q: value.trim() || undefined }), 300);
  useEffect(() => setQ(search.q ?? ''), [search.q]);

  const select = (key: keyof PartnerSearch) => (value: string | null) => onChange({ [key]: value ?? undefined });
  const searchInput = (
    <TextInput
      label={t('partners.filters.search')}
      placeholder={t('partners.filters.searchPlaceholder')}
      type="search"
      value={q}
      onChange={(e) => {
        setQ(e.currentTarget.value);
        pushQ(e.currentTarget.value);
      }}
    />
  );
  const filters = (
    <>
      <Select
        label={t('partnerFields.country')}
        placeholder={t('common.all')}
        data={countries}
        searchable
        clearable
        nothingFoundMessage={t('common.noOptions')}
        value={search.country ?? null}
        onChange={select('country')}
      />
      <Select
        label={t('partnerFields.region')}
        placeholder={t('common.all')}
        data={MOE_REGIONS.map((r) => ({ value: r, label: t(`regions.${r}`) }))}
        clearable
        value={search.region ?? null}
        onChange={select('region')}
      />
      <Select
        label={t('partnerFields.type')}
        placeholder={t('common.all')}
        data={PARTNER_TYPES.map((v) => ({ value: v, label: t(`partnerTypes.${v}`) }))}
        clearable
        value={search.type ?? null}
        onChange={select('type')}
      />
      <Select
        label={t('partnerFields.status')}
        placeholder={t('common.all')}
        data={PARTNER_STATUSES.map((v) => ({ value: v, label: t(`partnerStatuses.${v}`) }))}
        clearable
        value={search.status ?? null}
        onChange={select('status')}
      />
      <Select
        label={t('partners.filters.archived')}
        data={[
          { value: 'exclude', label: t('partners.filters.archivedExclude') },
          { value: 'only', label: t('partners.filters.archivedOnly') },
          { value: 'include', label: t('partners.filters.archivedInclude') },
        ]}
        allowDeselect={false}
        value={search.archived ?? 'exclude'}
        onChange={(v) => onChange({ archived: v === 'exclude' || !v ? undefined : (v as PartnerSearch['archived']) })}
      />
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
