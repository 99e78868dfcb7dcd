import '@mantine/core/styles/Grid.css';
import '@mantine/core/styles/SegmentedControl.css';
import { Grid, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useUrlSearch } from '#web/lib/urlSearch';
import { type CountryFigures, useDashboardSummary } from '../api/dashboard';
import '../i18n';
import { classesFor } from '../map-classes';
import { type MapMeasure, parseMapSearch } from '../search';
import { ChoroplethMap } from './ChoroplethMap';
import { CountryTable } from './CountryTable';
import { MapLegend } from './MapLegend';

const MEASURES: Record<MapMeasure, { countOf: (c: CountryFigures) => number; label: string }> = {
  active: { countOf: (c) => c.withActiveAgreement, label: 'dashboardUi.map.byActive' },
  registry: { countOf: (c) => c.partners, label: 'dashboardUi.map.byRegistry' },
};
const TOP_IN_SUMMARY = 3;

/** /map: the partners' countries shaded on a world map, with the same figures as a sortable table. */
export function WorldMapPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const { search, update } = useUrlSearch(paths.worldMap(), parseMapSearch);
  const by: MapMeasure = search.by ?? 'active';
  const { countOf, label } = MEASURES[by];
  const { data, error, refetch } = useDashboardSummary();

  const figures = useMemo(() => new Map((data?.byCountry ?? []).map((c) => [c.country, c])), [data]);
  const classes = useMemo(() => classesFor(Math.max(0, ...(data?.byCountry ?? []).map(countOf))), [data, countOf]);

  const summary = data
    ? t('dashboardUi.map.summary', {
        partners: fmt.number(data.partners.total),
        countries: fmt.number(data.partners.countries),
        active: fmt.number(data.partners.withActiveAgreement),
        activeCountries: fmt.number(data.partners.countriesWithActiveAgreement),
      })
    : null;
  const top = (data?.byCountry ?? [])
    .filter((c) => c.partners > 0)
    .slice(0, TOP_IN_SUMMARY)
    .map((c) => `${fmt.country(c.country)} ${fmt.number(c.partners)}`)
    .join(fmt.locale === 'en' ? ', ' : '、');

  return (
    <>
      <PageHeader title={t('dashboardUi.map.title')} subtitle={summary} />
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {!data ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            {/* Beside the long table the map stays in view (below the 56 px header) while the table scrolls. */}
            <Paper withBorder p={{ base: 'xs', sm: 'md' }} radius="md" pos={{ base: 'static', lg: 'sticky' }} top={72}>
              <Stack gap="sm">
                <SegmentedControl
                  aria-label={t('dashboardUi.map.shadeBy')}
                  value={by}
                  onChange={(value) => update({ by: value === 'registry' ? 'registry' : undefined })}
                  data={(['active', 'registry'] as const).map((m) => ({ value: m, label: t(MEASURES[m].label) }))}
                  fullWidth
                  size="sm"
                  styles={{ label: { whiteSpace: 'normal' } }}
                />
                <ChoroplethMap
                  figures={figures}
                  countOf={countOf}
                  classes={classes}
                  title={t('dashboardUi.map.title')}
                  description={`${summary ?? ''} ${top ? t('dashboardUi.map.mostPartners', { list: top }) : ''}`}
                  onSelect={(country) => void navigate({ to: paths.partners(), search: { country } })}
                />
                <MapLegend classes={classes} measure={t(label)} />
                <Text size="xs" c="dimmed">
                  {t('dashboardUi.map.hint')}
                </Text>
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <CountryTable
              key={by}
              rows={data.byCountry}
              initialSort={by === 'active' ? 'withActiveAgreement' : 'partners'}
            />
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
