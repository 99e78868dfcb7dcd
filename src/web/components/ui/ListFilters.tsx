import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import { Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MOE_REGIONS, type MoeRegion } from '#shared/regions.data';
import { useCountryOptions } from '#web/lib/reference';
import type { ArchivedChoice } from '#web/lib/search';

/**
 * A list's text search: typing shows at once, the URL (and the query) follows 300 ms after the last
 * key; a change of the URL (back button, a link) shows in the box.
 */
export function SearchInput(props: {
  label: string;
  placeholder: string;
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
}) {
  const [q, setQ] = useState(props.value ?? '');
  const push = useDebouncedCallback((value: string) => props.onSearch(value.trim() || undefined), 300);
  useEffect(() => setQ(props.value ?? ''), [props.value]);
  return (
    <TextInput
      label={props.label}
      placeholder={props.placeholder}
      type="search"
      value={q}
      onChange={(e) => {
        setQ(e.currentTarget.value);
        push(e.currentTarget.value);
      }}
    />
  );
}

/** A filter on one enum field: its values with their labels, "all" when cleared. */
export function EnumFilter<V extends string>(props: {
  label: string;
  values: readonly V[];
  labelOf: (value: V) => string;
  value: V | undefined;
  onChange: (value?: V) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={props.label}
      placeholder={t('common.all')}
      data={props.values.map((v) => ({ value: v, label: props.labelOf(v) }))}
      clearable
      value={props.value ?? null}
      onChange={(v) => props.onChange((v ?? undefined) as V | undefined)}
    />
  );
}

/** Country filter, names in the reader's language (Intl.DisplayNames), searchable. */
export function CountryFilter(props: { label: string; value: string | undefined; onChange: (v?: string) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      label={props.label}
      placeholder={t('common.all')}
      data={useCountryOptions()}
      searchable
      clearable
      nothingFoundMessage={t('common.noOptions')}
      value={props.value ?? null}
      onChange={(v) => props.onChange(v ?? undefined)}
    />
  );
}

/** MoE region filter. */
export function RegionFilter(props: {
  label: string;
  value: MoeRegion | undefined;
  onChange: (v?: MoeRegion) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={props.label}
      placeholder={t('common.all')}
      data={MOE_REGIONS.map((r) => ({ value: r, label: t(`regions.${r}`) }))}
      clearable
      value={props.value ?? null}
      onChange={(v) => props.onChange((v as MoeRegion | null) ?? undefined)}
    />
  );
}

/** Archived records: hidden by default (the default is left out of the URL). */
export function ArchivedFilter(props: { value: ArchivedChoice | undefined; onChange: (v?: ArchivedChoice) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('partners.filters.archived')}
      data={[
        { value: 'exclude', label: t('partners.filters.archivedExclude') },
        { value: 'only', label: t('partners.filters.archivedOnly') },
        { value: 'include', label: t('partners.filters.archivedInclude') },
      ]}
      allowDeselect={false}
      value={props.value ?? 'exclude'}
      onChange={(v) => props.onChange(v === 'exclude' || !v ? undefined : (v as ArchivedChoice))}
    />
  );
}
