import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Timeline.css';
import { Badge, Group, Paper, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '#shared/schemas/audit';
import type { Page } from '#web/lib/api';
import { changedFields, plainValue } from '#web/lib/diff';
import { useFormat } from '#web/lib/format';
import { EmptyState } from './EmptyState';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';

type Labels = {
  /** The label of a field of this kind of record. */
  fieldLabel: (key: string) => string;
  /** A field's value as a reader should see it (enum labels, country names…). */
  formatValue?: (key: string, value: unknown) => string;
};

type Props = Labels & {
  /** The record's entity type: entries about its parts (an agreement's places, files) are marked as such. */
  ownType?: string;
  /** The history query (TanStack Query's result). */
  history: { data: Page<AuditEntry> | undefined; error: unknown; refetch: () => unknown };
};

/** A record's history in its panel: the timeline once loaded, else the error (with retry) or a spinner. */
export function HistoryTimeline({ history, ownType, ...labels }: Props) {
  return (
    <Paper withBorder p="md" radius="md">
      {history.data ? (
        <Entries entries={history.data.items} ownType={ownType} {...labels} />
      ) : history.error ? (
        <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <Loading />
      )}
    </Paper>
  );
}

/** Who did what when, and for updates each changed field before → after. */
function Entries({ entries, fieldLabel, formatValue, ownType }: Labels & { entries: AuditEntry[]; ownType?: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const show = (key: string, value: unknown) => (formatValue ? formatValue(key, value) : plainValue(value));
  return (
    <section aria-labelledby="history-heading">
      <Title order={2} size="h4" id="history-heading" mb="sm">
        {t('history.title')}
      </Title>
      {entries.length === 0 ? (
        <EmptyState>{t('history.empty')}</EmptyState>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {entries.map((e) => {
            // A lifecycle step (transition) shows its fields before → after like an update (status: draft → review).
            const part = ownType !== undefined && e.entityType !== ownType;
            const changes =
              !part && (e.action === 'update' || e.action === 'transition') ? changedFields(e.before, e.after) : [];
            return (
              <Timeline.Item
                key={e.id}
                title={
                  <Group gap="xs" wrap="wrap">
                    <Badge variant="light" color={e.action === 'create' ? 'teal' : 'blue'} tt="none">
                      {t(`auditActions.${e.action}`)}
                    </Badge>
                    {part ? (
                      <Badge variant="outline" color="gray" tt="none">
                        {t(`entityTypes.${e.entityType}`)}
                      </Badge>
                    ) : null}
                    <Text size="sm" fw={500}>
                      {fmt.name(e.actorNameZh, e.actorNameEn) || e.actorEmail || t('history.system')}
                    </Text>
                  </Group>
                }
              >
                {part && e.summary ? <Text size="sm">{e.summary}</Text> : null}
                <Text size="xs" c="dimmed" component="time" dateTime={e.at}>
                  {fmt.dateTime(e.at)}
                </Text>
                {changes.length ? (
                  // Focusable so a keyboard can scroll it when it overflows (axe: scrollable-region-focusable).
                  <Paper
                    withBorder
                    mt="xs"
                    p={0}
                    style={{ overflowX: 'auto' }}
                    tabIndex={0}
                    role="group"
                    aria-label={t('history.title')}
                  >
                    <Table fz="sm" verticalSpacing={4} miw={360}>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('history.field')}</Table.Th>
                          <Table.Th scope="col">{t('history.before')}</Table.Th>
                          <Table.Th scope="col">{t('history.after')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {changes.map((c) => (
                          <Table.Tr key={c.key}>
                            <Table.Th scope="row">{fieldLabel(c.key)}</Table.Th>
                            <Table.Td style={{ overflowWrap: 'anywhere' }}>
                              <del>{show(c.key, c.before)}</del>
                            </Table.Td>
                            <Table.Td style={{ overflowWrap: 'anywhere' }}>{show(c.key, c.after)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Paper>
                ) : e.action === 'update' && !part ? (
                  <Stack gap={0} mt={4}>
                    <Text size="sm">{t('history.noVisibleChanges')}</Text>
                  </Stack>
                ) : null}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </section>
  );
}
