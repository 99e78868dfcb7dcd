import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '#web/lib/session';
import { usePartnerVisits } from '../api/visits';
import '../i18n';
import { VisitList } from './VisitList';

/** On a partner's page: its visits both ways (received and sent), for those who may read visits. */
export function PartnerVisitsSection({ partnerId }: { partnerId: number }) {
  const { t } = useTranslation();
  const allowed = useCan('visits', 'read');
  const query = usePartnerVisits(partnerId, allowed);
  if (!allowed || !query.data) return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('visitsUi.partnerSection')}
        </Title>
        {query.data.items.length ? (
          <VisitList items={query.data.items} />
        ) : (
          <Text c="dimmed">{t('visitsUi.partnerEmpty')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
