import { Paper, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDashboardSummary } from '#web/features/dashboard/api/dashboard';
import { ChoroplethMap } from '#web/features/dashboard/components/ChoroplethMap';
import { MapLegend } from '#web/features/dashboard/components/MapLegend';
import '#web/features/dashboard/i18n';
import { VIEW_BOX } from '#shared/world-shapes';
import { classesFor } from '#web/features/dashboard/map-classes';
import { ExecutiveDashboard } from '#web/features/executive/components/ExecutiveDashboard';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';

/** The map's width / height, from its SVG viewBox (`x y width height`). */
const MAP_ASPECT_RATIO = VIEW_BOX.split(' ').slice(2).join(' / ');

/** /reports/dashboard: the executive dashboard with the world map of partners with an agreement in force. */
export function ExecutiveDashboardPage() {
  return <ExecutiveDashboard map={<ActivePartnersMap />} />;
}

function ActivePartnersMap() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const { data } = useDashboardSummary();
  const figures = useMemo(() => new Map((data?.byCountry ?? []).map((c) => [c.country, c])), [data]);
  const classes = useMemo(
    () => classesFor(Math.max(0, ...(data?.byCountry ?? []).map((c) => c.withActiveAgreement))),
    [data],
  );
  // Its frame is laid out before its figures arrive, the map's box kept empty: appearing later, it would push
  // the charts below it down as they are read (a layout shift). The countries are drawn only with the figures,
  // so their hundreds of paths are not rendered twice.
  const summary = data
    ? t('dashboardUi.map.summary', {
        partners: fmt.number(data.partners.total),
        countries: fmt.number(data.partners.countries),
        active: fmt.number(data.partners.withActiveAgreement),
        activeCountries: fmt.number(data.partners.countriesWithActiveAgreement),
      })
    : '';
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} radius="md">
      <Stack gap="sm">
        {data ? (
          <ChoroplethMap
            figures={figures}
            countOf={(c) => c.withActiveAgreement}
            classes={classes}
            title={t('dashboardUi.map.title')}
            description={summary}
            onSelect={(country) => void navigate({ to: paths.partners(), search: { country } })}
          />
        ) : (
          <div style={{ aspectRatio: MAP_ASPECT_RATIO, background: '#f4f8fb', borderRadius: 8 }} />
        )}
        <MapLegend classes={classes} measure={t('dashboardUi.map.byActive')} />
        <Text size="xs" c="dimmed">
          {t('dashboardUi.map.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}
