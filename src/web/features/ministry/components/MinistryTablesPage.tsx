import '@mantine/core/styles/SegmentedControl.css';
import '@mantine/core/styles/Tabs.css';
import { Alert, Button, SegmentedControl, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUPINGS, type Grouping } from '#shared/ministry';
import { MINISTRY_TABLES, type MinistryTable } from '#shared/reporting';
import { DownloadButton } from '#web/components/ui/DownloadButton';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { ButtonLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { exportUrl, ready, type TableQuery, useMinistryTable, usePeriodOptions } from '../api/ministry';
import '../i18n';
import { usePhone } from '#web/lib/media';
import { CellRecords } from './parts/CellRecords';
import { FilingPanel } from './parts/FilingPanel';
import { MinistryGrid, type OpenCell } from './parts/MinistryGrid';
import { PeriodPicker } from './parts/PeriodPicker';
import { SettingsUsed } from './parts/SettingsUsed';

/**
 * The Ministry's tables computed from records: choose a period (or dates), one tab per table, every
 * figure opens the records it counts; the settings used and their sources; the xlsx of every table.
 */
export function MinistryTablesPage() {
  const { t } = useTranslation();
  const periods = usePeriodOptions();
  const [chosen, setChosen] = useState<TableQuery | null>(null);
  const [table, setTable] = useState<MinistryTable>('international_students');
  const [grouping, setGrouping] = useState<Grouping>('tvc_4_2_3');
  // four layouts side by side do not fit a phone: stacked there
  const phone = usePhone();
  // the period whose window is open (or whose reference date passed last) until the user chooses
  const initial = periods.data?.defaultId ?? null;
  const base: TableQuery = chosen ?? (initial ? { periodId: initial } : {});
  const projection = periods.data?.items.find((p) => p.id === base.periodId)?.projection ?? false;
  const query: TableQuery = table === 'international_students' ? { ...base, grouping } : base;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('ministry.title')}
        subtitle={t('ministryUi.subtitle')}
        actions={
          <>
            <DownloadButton href={ready(base) ? exportUrl(base) : undefined}>{t('ministryUi.export')}</DownloadButton>
            <ButtonLink to={paths.countingSettings()} variant="default">
              {t('ministryUi.settingsLink')}
            </ButtonLink>
            <ButtonLink to={paths.ministryCountries()} variant="default">
              {t('ministryUi.countriesLink')}
            </ButtonLink>
          </>
        }
      />
      <PeriodPicker value={base} onChange={setChosen} />
      {projection ? (
        <Alert color="yellow" title={t('ministryUi.projection')}>
          {t('ministryUi.projectionHint')}
        </Alert>
      ) : null}
      {base.periodId ? <FilingPanel periodId={base.periodId} /> : null}
      <Tabs value={table} onChange={(v) => v && setTable(v as MinistryTable)} keepMounted={false}>
        <Tabs.List>
          {MINISTRY_TABLES.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`ministry.tables.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {MINISTRY_TABLES.map((k) => (
          <Tabs.Panel key={k} value={k} pt="md">
            {k === 'international_students' ? (
              <SegmentedControl
                mb="sm"
                aria-label={t('ministryUi.grouping')}
                value={grouping}
                onChange={(v) => setGrouping(v as Grouping)}
                data={GROUPINGS.map((g) => ({ value: g, label: t(`ministry.groupings.${g}`) }))}
                w={{ base: '100%', sm: 'auto' }}
                orientation={phone ? 'vertical' : 'horizontal'}
                fullWidth
                styles={{ label: { whiteSpace: 'normal' } }}
              />
            ) : null}
            <TablePanel table={k} query={query} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function TablePanel({ table, query }: { table: MinistryTable; query: TableQuery }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const result = useMinistryTable(table, query);
  const [open, setOpen] = useState<OpenCell | null>(null);
  if (!ready(query)) return <EmptyState>{t('ministryUi.choosePeriod')}</EmptyState>;
  if (result.error) return <ErrorAlert error={result.error} onRetry={() => void result.refetch()} />;
  if (!result.data) return <Loading />;
  const r = result.data;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {r.period ? `${fmt.name(r.period.nameZh, r.period.nameEn)} · ` : ''}
        {t('ministry.period', { from: r.from, to: r.to, reference: r.referenceDate })}
      </Text>
      {r.rows.length ? <MinistryGrid result={r} onOpen={setOpen} /> : <EmptyState>{t('ministryUi.noRows')}</EmptyState>}
      <SettingsUsed settings={r.settings} />
      <CellRecords table={table} query={query} open={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
