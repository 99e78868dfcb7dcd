import { Grid, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MOE_REGIONS } from '../../../../shared/regions.data';
import { AnchorLink, ButtonLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PARTNER_STATUSES } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useCan, useMe } from '../../../lib/session';
import { partnerCountQuery } from '../api/partners';

/** Home: partner totals by MoE region and by status, each linking to the filtered list. */
export function PartnersOverview() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const canCreate = useCan('partners', 'create');
  const total = useQuery(partnerCountQuery({})).data;
  const byRegion = useQueries({ queries: MOE_REGIONS.map((region) => partnerCountQuery({ region })) });
  const byStatus = useQueries({ queries: PARTNER_STATUSES.map((status) => partnerCountQuery({ status })) });
  const name = me ? fmt.name(me.nameZh, me.nameEn) : '';

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
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" radius="md">
            <Text size="sm" fw={600}>
              {t('home.partnerTotal')}
            </Text>
            <Text fz={40} fw={800} lh={1.2}>
              {total === undefined ? '…' : fmt.number(total)}
            </Text>
            <Stack gap={4} mt="sm">
              {PARTNER_STATUSES.map((status, i) => (
                <Group key={status} justify="space-between">
                  <AnchorLink to={paths.partners()} search={{ status }} size="sm">
                    {t(`partnerStatuses.${status}`)}
                  </AnchorLink>
                  <Text size="sm">{count(byStatus[i]?.data)}</Text>
                </Group>
              ))}
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="md" radius="md">
            <Title order={2} size="h5" mb="sm">
              {t('home.byRegion')}
            </Title>
            <Stack gap="xs">
              {MOE_REGIONS.map((region, i) => {
                const n = byRegion[i]?.data;
                return (
                  <div key={region}>
                    <Group justify="space-between" gap="xs">
                      <AnchorLink to={paths.partners()} search={{ region }} size="sm">
                        {t(`regions.${region}`)}
                      </AnchorLink>
                      <Text size="sm">{count(n)}</Text>
                    </Group>
                    <Progress
                      value={total && n ? (n / total) * 100 : 0}
                      size="sm"
                      aria-label={t(`regions.${region}`)}
                    />
                  </div>
                );
              })}
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  );

  function count(n: number | undefined) {
    return n === undefined ? '…' : fmt.number(n);
  }
}
