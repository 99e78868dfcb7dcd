import '@mantine/core/styles/Grid.css';
import '@mantine/core/styles/Progress.css';
import { Grid, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useCan, useMe } from '#web/lib/session';
import { usePartnerStats } from '../api/partners';

const TOP_COUNTRIES = 10;

/** Home: "N partners in M countries", by MoE region and the top countries, each linking to the filtered list. */
export function PartnersOverview() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const canCreate = useCan('partners', 'create');
  const { data, error, refetch } = usePartnerStats();
  const name = me ? fmt.name(me.nameZh, me.nameEn) : '';
  const bar = (n: number) => (data?.total ? (n / data.total) * 100 : 0);

  return (
    <>
      <PageHeader
        title={t('home.title')}
        subtitle={name ? t('home.welcome', { name }) : null}
        actions={
          <>
            <ButtonLink to={paths.partners()} variant="default">
              {t('home.browsePartners')}
            </ButtonLink>
            {canCreate ? <ButtonLink to={paths.partnerNew()}>{t('partners.list.new')}</ButtonLink> : null}
          </>
        }
      />
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {!data ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <Stack gap="md">
          <Paper withBorder p="md" radius="md">
            <Text fz={{ base: 'xl', sm: 28 }} fw={700}>
              {t('home.summary', { partners: fmt.number(data.total), countries: fmt.number(data.countries) })}
            </Text>
            <Text size="sm">{t('home.summaryHint')}</Text>
          </Paper>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Paper withBorder p="md" radius="md" h="100%">
                <Title order={2} size="h4" mb="sm">
                  {t('home.byRegion')}
                </Title>
                <Stack gap="xs">
                  {data.byRegion.map(({ region, count }) => (
                    <div key={region ?? 'none'}>
                      <Group justify="space-between" gap="xs">
                        {region ? (
                          <AnchorLink to={paths.partners()} search={{ region }} size="sm">
                            {t(`regions.${region}`)}
                          </AnchorLink>
                        ) : (
                          <Text size="sm">{t('home.noRegion')}</Text>
                        )}
                        <Text size="sm">{fmt.number(count)}</Text>
                      </Group>
                      <Progress value={bar(count)} size="sm" aria-hidden="true" />
                    </div>
                  ))}
                </Stack>
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Paper withBorder p="md" radius="md" h="100%">
                <Title order={2} size="h4" mb="sm">
                  {t('home.topCountries', { n: TOP_COUNTRIES })}
                </Title>
                <Stack gap="xs">
                  {[...data.byCountry]
                    .sort((a, b) => b.count - a.count || fmt.compare(fmt.country(a.country), fmt.country(b.country)))
                    .slice(0, TOP_COUNTRIES)
                    .map(({ country, count }) => (
                      <div key={country}>
                        <Group justify="space-between" gap="xs">
                          <AnchorLink to={paths.partners()} search={{ country }} size="sm">
                            {fmt.country(country)}
                          </AnchorLink>
                          <Text size="sm">{fmt.number(count)}</Text>
                        </Group>
                        <Progress value={bar(count)} size="sm" color="teal" aria-hidden="true" />
                      </div>
                    ))}
                </Stack>
              </Paper>
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </>
  );
}
