import '@mantine/core/styles/Chip.css';
import { Chip, Group, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS } from '#shared/reporting';
import { FilterBar } from '#web/components/ui/FilterBar';
import { ArchivedFilter, CountryFilter, SearchInput } from '#web/components/ui/ListFilters';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import type { ActivitySearch } from '#web/features/activities/search';

type Props = { search: ActivitySearch; onChange: (changes: Partial<ActivitySearch>) => void; children?: ReactNode };

/** One chip per kind (or all), always in view: the list's columns follow the kind chosen. */
export function KindChips({ search, onChange }: Omit<Props, 'children'>) {
  const { t } = useTranslation();
  return (
    <Chip.Group
      multiple={false}
      value={search.kind ?? 'all'}
      onChange={(v) => onChange({ kind: v === 'all' ? undefined : (v as ActivitySearch['kind']) })}
    >
      <Group gap={6} mb="sm" role="group" aria-label={t('activitiesUi.kindFilter')}>
        <Chip value="all" size="sm">
          {t('activitiesUi.allKinds')}
        </Chip>
        {ACTIVITY_KINDS.map((k) => (
          <Chip key={k} value={k} size="sm">
            {t(`activityKinds.${k}`)}
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  );
}

/** Search, unit (with its subunits), start-date range, country and archived; every change lands in the URL. */
export function ActivityFilters({ search, onChange, children }: Props) {
  const { t } = useTranslation();
  const { q: _q, sort: _s, order: _o, page: _p, kind: _k, ...rest } = search;
  const active = Object.values(rest).filter(Boolean).length;
  const date = (key: 'from' | 'to', label: string) => (
    <TextInput
      type="date"
      label={label}
      value={search[key] ?? ''}
      onChange={(e) => onChange({ [key]: e.currentTarget.value || undefined })}
    />
  );
  return (
    <FilterBar
      search={
        <SearchInput
          label={t('activitiesUi.filters.search')}
          placeholder={t('activitiesUi.filters.searchPlaceholder')}
          value={search.q}
          onSearch={(q) => onChange({ q })}
        />
      }
      filters={
        <>
          <UnitSelect
            label={t('activityFields.unit')}
            placeholder={t('common.all')}
            value={search.unitId ?? null}
            onChange={(id) => onChange({ unitId: id ?? undefined })}
          />
          {date('from', t('activitiesUi.filters.from'))}
          {date('to', t('activitiesUi.filters.to'))}
          <CountryFilter
            label={t('activityFields.country')}
            value={search.country}
            onChange={(country) => onChange({ country })}
          />
          <ArchivedFilter value={search.archived} onChange={(archived) => onChange({ archived })} />
        </>
      }
      active={active}
      id="activity-filters"
      cols={{ base: 1, xs: 2, md: 5 }}
    >
      {children}
    </FilterBar>
  );
}
