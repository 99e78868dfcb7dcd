import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import { Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../../../../../shared/enums';
import { MOE_REGIONS } from '../../../../../shared/regions.data';
import { FilterBar } from '../../../../components/ui/FilterBar';
import { UnitSelect } from '../../../../components/ui/UnitSelect';
import { useFormat } from '../../../../lib/format';
import { useCountryOptions } from '../../../../lib/reference';
import { type AgreementSearch, EXPIRING_CHOICES } from '../../search';

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
  const countries = useCountryOptions();
  const [q, setQ] = useState(search.q ?? '');
  const pushQ = useDebouncedCallback((value: string) => onChange({ q: value.trim() || undefined }), 300);
  useEffect(() => setQ(search.q ?? ''), [search.q]);
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
  const select = (key: keyof AgreementSearch) => (value: string | null) => onChange({ [key]: value ?? undefined });

  const searchInput = (
    <TextInput
      label={t('agreementsUi.filters.search')}
      placeholder={t('agreementsUi.filters.searchPlaceholder')}
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
        label={t('agreementFields.kind')}
        placeholder={t('common.all')}
        data={AGREEMENT_KINDS.map((v) => ({ value: v, label: t(`agreementKinds.${v}`) }))}
        clearable
        value={search.kind ?? null}
        onChange={select('kind')}
      />
      <Select
        label={t('agreementFields.status')}
        placeholder={t('common.all')}
        data={AGREEMENT_STATUSES.map((v) => ({ value: v, label: t(`agreementStatuses.${v}`) }))}
        clearable
        value={search.status ?? null}
        onChange={select('status')}
      />
      <Select
        label={t('agreementsUi.filters.expiringWithin')}
        placeholder={t('common.all')}
        data={days.map((n) => ({ value: String(n), label: t('agreementsUi.filters.days', { n: fmt.number(n) }) }))}
        clearable
        value={search.expiringWithinDays ? String(search.expiringWithinDays) : null}
        onChange={(v) => onChange({ expiringWithinDays: v ? Number(v) : undefined })}
      />
      <Select
        label={t('agreementFields.country')}
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
      <UnitSelect
        label={t('agreementFields.owningUnit')}
        placeholder={t('common.all')}
        value={search.owningUnitId ?? null}
        onChange={(id) => onChange({ owningUnitId: id ?? undefined })}
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
        onChange={(v) => onChange({ archived: v === 'exclude' || !v ? undefined : (v as AgreementSearch['archived']) })}
      />
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
