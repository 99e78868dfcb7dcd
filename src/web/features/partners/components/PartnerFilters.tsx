import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Button, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MOE_REGIONS } from '../../../../shared/regions.data';
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
 * Search (debounced, either language) and the list's filters; every change lands in the URL.
 * On phones the filters fold away behind a button (showing how many are set) so the list stays in view.
 */
export function PartnerFilters({ search, onChange, children }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const [open, setOpen] = useState(false);
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

  if (phone) {
    return (
      <Stack gap="sm" mb="md" role="search">
        {searchInput}
        <div>
          <Button
            variant="default"
            size="sm"
            aria-expanded={open}
            aria-controls="partner-filters"
            onClick={() => setOpen((o) => !o)}
          >
            {active ? t('partners.filters.toggleCount', { n: active }) : t('partners.filters.toggle')}
          </Button>
        </div>
        {open ? (
          <Stack gap="sm" id="partner-filters">
            {filters}
            {children}
          </Stack>
        ) : null}
      </Stack>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="sm" mb="md" role="search">
      {searchInput}
      {filters}
    </SimpleGrid>
  );
}
