import { businessYear } from '#shared/calendar';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import { Select, Stack } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { useExecutiveDashboard } from '../api/executive';
import '../i18n';
import { ExpiringSection } from './parts/ExpiringSection';
import { PartnersSection } from './parts/PartnersSection';
import { PeriodsSection } from './parts/PeriodsSection';
import { ProgramsSection } from './parts/ProgramsSection';
import { ProgressSection } from './parts/ProgressSection';
import { TrendsSection } from './parts/TrendsSection';

/**
 * The vice president's and the committee's dashboard for a year: partners and agreements (with the
 * world map, passed in by the page that composes it), trends, indicator progress by college, agreements
 * ending soon and the reporting periods. The charts load ECharts on this page only.
 */
export function ExecutiveDashboard({ map }: { map?: ReactNode }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const thisYear = businessYear(new Date());
  const [year, setYear] = useState<number | null>(null);
  const { data, error, refetch, isPending } = useExecutiveDashboard(year);
  const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('executive.title')}
        subtitle={data ? t('executiveUi.computedAt', { at: fmt.dateTime(data.computedAt) }) : null}
        actions={
          <Select
            label={t('executiveUi.year')}
            w={160}
            allowDeselect={false}
            data={years.map((y) => ({ value: String(y), label: String(y) }))}
            value={String(year ?? data?.year ?? thisYear)}
            onChange={(v) => v && setYear(Number(v))}
          />
        }
      />
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data ? (
        <>
          <PartnersSection summary={data.summary} map={map} />
          <TrendsSection trends={data.trends} />
          <ProgressSection rows={data.indicators} year={data.year} />
          <ExpiringSection
            rows={data.expiring}
            total={data.summary.agreements?.endingWithin.at(-1)?.count ?? data.expiring.length}
          />
          <ProgramsSection figures={data.programs} />
          <PeriodsSection periods={data.periods} />
        </>
      ) : null}
    </Stack>
  );
}
