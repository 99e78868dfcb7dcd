import '@mantine/core/styles/SimpleGrid.css';
import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '#shared/schemas/dashboard';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useDashboardSummary } from '../api/dashboard';
import '../i18n';

const TOP_COUNTRIES = 5;

/**
 * The OIA dashboard's part of the home page: partners with an agreement in force, agreements by
 * status and those ending soon (each linking to the filtered agreements list), top countries, the map.
 * Agreement figures are absent for readers who may not read agreements.
 */
export function DashboardOverview() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { data, error, refetch } = useDashboardSummary();
  const headingId = useId();
  if (!data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const top = [...data.byCountry]
    .filter((c) => c.withActiveAgreement > 0)
    .sort((a, b) => b.withActiveAgreement - a.withActiveAgreement || b.partners - a.partners)
    .slice(0, TOP_COUNTRIES);

  return (
    <Stack gap="md" mt="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('dashboardUi.home.heading')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card>
          <Text fz={{ base: 'lg', sm: 'xl' }} fw={700}>
            {t('dashboardUi.home.activeSummary', {
              partners: fmt.number(data.partners.withActiveAgreement),
              countries: fmt.number(data.partners.countriesWithActiveAgreement),
            })}
          </Text>
          {data.agreements ? (
            <Text size="sm">{t('dashboardUi.home.inForce', { n: fmt.number(data.agreements.inForce) })}</Text>
          ) : null}
          <Text size="sm">{t('dashboardUi.home.activeHint', { date: fmt.date(`${data.asOf}T00:00:00`) })}</Text>
          <Group mt="sm">
            <ButtonLink to={paths.worldMap()} variant="light">
              {t('dashboardUi.home.openMap')}
            </ButtonLink>
          </Group>
        </Card>
        <Card title={t('dashboardUi.home.topActive', { n: TOP_COUNTRIES })}>
          {top.length === 0 ? <Text size="sm">{t('dashboardUi.home.noneActive')}</Text> : null}
          {top.map((c) => (
            <Row key={c.country} count={c.withActiveAgreement}>
              <AnchorLink to={paths.partners()} search={{ country: c.country }} size="sm">
                {fmt.country(c.country)}
              </AnchorLink>
            </Row>
          ))}
        </Card>
        {data.agreements ? <AgreementFigures agreements={data.agreements} /> : null}
      </SimpleGrid>
    </Stack>
  );
}

function AgreementFigures({ agreements }: { agreements: NonNullable<DashboardSummary['agreements']> }) {
  const { t } = useTranslation();
  return (
    <>
      <Card title={t('dashboardUi.home.byStatus')}>
        {agreements.byStatus.map(({ status, count }) => (
          <Row key={status} count={count}>
            <AnchorLink to={paths.agreements()} search={{ status }} size="sm">
              {t(`agreementStatuses.${status}`)}
            </AnchorLink>
          </Row>
        ))}
      </Card>
      <Card title={t('dashboardUi.home.endingSoon')}>
        {agreements.endingWithin.map(({ days, count }) => (
          <Row key={days} count={count}>
            <AnchorLink to={paths.agreements()} search={{ expiringWithinDays: days }} size="sm">
              {t('dashboardUi.home.endingWithin', { days })}
            </AnchorLink>
          </Row>
        ))}
      </Card>
    </>
  );
}

function Card({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      {title ? (
        <Title order={3} size="h4" mb="sm">
          {title}
        </Title>
      ) : null}
      <Stack gap={6}>{children}</Stack>
    </Paper>
  );
}

function Row({ count, children }: { count: number; children: ReactNode }) {
  const fmt = useFormat();
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      {children}
      <Text size="sm" fw={count ? 600 : 400}>
        {fmt.number(count)}
      </Text>
    </Group>
  );
}
