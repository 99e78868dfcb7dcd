import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useMobilities } from '../api/mobility';
import '../i18n';
import { MobilityBadges, period, placeLine } from './list/MobilityRows';

/** The mobility records of one person, on the person's page, with a "new mobility" link for them. */
export function PersonMobilities({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const canCreate = useCan('mobility', 'create');
  const canRead = useCan('mobility', 'read');
  const list = useMobilities({ personId, sort: 'start_date', order: 'desc' }, 50);
  if (!canRead) return null;
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('mobilityUi.personTitle')}
        </Title>
        {canCreate ? (
          <ButtonLink to={paths.mobilityNew()} search={{ personId }} size="xs" variant="default">
            {t('mobilityUi.new')}
          </ButtonLink>
        ) : null}
      </Group>
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      {list.isPending ? <Loading /> : null}
      {list.data && !list.data.items.length ? <Text c="dimmed">{t('mobilityUi.empty')}</Text> : null}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {list.data?.items.map((m) => (
          <li key={m.id}>
            <Group gap="xs" wrap="wrap">
              <AnchorLink to={paths.mobility(m.id)} fw={600}>
                {t(`mobilityKinds.${m.kind}`)}
              </AnchorLink>
              <Text size="sm">{placeLine(fmt, m)}</Text>
              <Text size="sm" c="dimmed">
                {period(fmt, m)}
              </Text>
              <MobilityBadges m={m} />
            </Group>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
