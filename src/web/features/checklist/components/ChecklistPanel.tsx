import { Button, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import '@mantine/core/styles/SimpleGrid.css';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '#shared/schemas/checklist';
import { Loading } from '#web/components/ui/Loading';
import { letterUrl, useMobilityChecklist } from '../api/checklist';
import '../i18n';
import { DownloadButton } from '#web/components/ui/DownloadButton';
import { ChecklistItemCard } from './ChecklistItemCard';

/**
 * The inbound document checklist of one mobility, on the mobility's page. Renders only for an inbound
 * student (the checklist endpoint says so) and for users who may see it; the health check appears in
 * full only to its owning office and the student — others see that it is kept there.
 */
export function ChecklistPanel({ mobilityId }: { mobilityId: number }) {
  const { t } = useTranslation();
  const query = useMobilityChecklist(mobilityId);
  if (query.isPending) return <Loading />;
  const data = query.data;
  if (!data || (!data.applicable && !data.acceptanceLetter)) return null;
  const items = data.items.filter((i): i is ChecklistItem => !i.restricted);
  const restricted = data.items.filter((i) => i.restricted);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="checklist-heading" mt="md">
      <Group justify="space-between" align="center" mb="sm" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id="checklist-heading">
          {t('checklistUi.panelTitle')}
        </Title>
        {data.acceptanceLetter ? (
          <DownloadButton href={letterUrl(mobilityId)} variant="light" size="sm">
            {t('checklistUi.letter')}
          </DownloadButton>
        ) : null}
      </Group>
      {data.applicable ? (
        <SimpleGrid
          cols={{ base: 1, md: 2 }}
          spacing="sm"
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {items.map((item) => (
            <ChecklistItemCard key={item.id} item={item} />
          ))}
          {restricted.map((r) => (
            <Paper withBorder p="sm" radius="md" component="li" key={r.kind} bg="var(--mantine-color-gray-0)">
              <Text fw={600}>{t(`checklistKinds.${r.kind}`)}</Text>
              <Text size="sm" c="dimmed">
                {t('checklistUi.restricted')}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      ) : null}
    </Paper>
  );
}
