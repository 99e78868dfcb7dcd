import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/SegmentedControl.css';
import { Group, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rangeProblem, type TableQuery, usePeriodOptions } from '#web/features/ministry/api/ministry';
import { useFormat } from '#web/lib/format';

type Props = { value: TableQuery; onChange: (q: TableQuery) => void };

/** A reporting period from the list, or explicit first / last day and reference date. */
export function PeriodPicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const periods = usePeriodOptions();
  // until the user picks a mode: a period when one is chosen or exists, else dates
  const [picked, setPicked] = useState<'period' | 'dates' | null>(null);
  const mode = picked ?? (value.periodId || (!value.from && periods.data?.items.length) ? 'period' : 'dates');
  const dateInput = (key: 'from' | 'to' | 'referenceDate') => (
    <TextInput
      type="date"
      label={t(`ministryUi.${key}`)}
      value={value[key] ?? ''}
      error={key === rangeProblem(value) ? t('ministryUi.endBeforeStart') : undefined}
      onChange={(e) => onChange({ ...value, periodId: undefined, [key]: e.currentTarget.value || undefined })}
      w={{ base: '100%', xs: 180 }}
    />
  );
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label={t('ministryUi.periodMode')}
        value={mode}
        onChange={(m) => {
          setPicked(m as 'period' | 'dates');
          onChange(m === 'period' ? { periodId: periods.data?.defaultId ?? periods.data?.items[0]?.id } : {});
        }}
        data={[
          { value: 'period', label: t('ministryUi.byPeriod') },
          { value: 'dates', label: t('ministryUi.byDates') },
        ]}
        w={{ base: '100%', xs: 'auto' }}
      />
      {mode === 'period' ? (
        <Select
          label={t('ministryUi.period')}
          placeholder={t('ministryUi.choosePeriod')}
          data={(periods.data?.items ?? []).map((p) => ({
            value: String(p.id),
            label: `${fmt.name(p.nameZh, p.nameEn)} (${p.coversFrom} – ${p.coversTo})${p.projection ? ` · ${t('ministryUi.projection')}` : ''}`,
          }))}
          value={value.periodId ? String(value.periodId) : null}
          onChange={(v) => onChange({ periodId: v ? Number(v) : undefined })}
          searchable
          w={{ base: '100%', sm: 480 }}
        />
      ) : (
        <Group gap="sm" align="flex-end" wrap="wrap">
          {dateInput('from')}
          {dateInput('to')}
          {dateInput('referenceDate')}
        </Group>
      )}
    </Stack>
  );
}
