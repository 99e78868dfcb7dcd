import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Badge.css';
import { Badge, Button, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { ShownOnce } from '#web/components/ui/ShownOnce';
import { useFormat } from '#web/lib/format';
import { currentLocale } from '#web/lib/i18n';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { publicFeedUrl, useCreateFeed, useFeeds, useRevokeFeed } from '../api/calendar-feed';
import '../i18n';

/**
 * The user's private calendar address: made here, shown once (only its hash is kept), revocable; and the
 * public events calendar anyone may subscribe to.
 */
export function CalendarFeedPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const feeds = useFeeds();
  const create = useCreateFeed();
  const revoke = useRevokeFeed();
  const [url, setUrl] = useState<string | null>(null);
  const live = feeds.data?.items.some((f) => f.revokedAt === null) ?? false;
  return (
    <Stack gap="lg">
      <PageHeader title={t('calendarFeedUi.title')} />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Text>{t('calendarFeedUi.intro')}</Text>
          <Text size="sm" c="dimmed">
            {t('calendarFeedUi.secret')}
          </Text>
          <Group>
            <Button
              loading={create.isPending}
              onClick={() => create.mutate(undefined, { onSuccess: (f) => setUrl(f.url), onError: notifyError })}
            >
              {live ? t('calendarFeedUi.replace') : t('calendarFeedUi.create')}
            </Button>
          </Group>
          {url ? <ShownOnce note={t('calendarFeedUi.created')} value={url} label={t('calendarFeedUi.url')} /> : null}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} fz="h4">
            {t('calendarFeedUi.feeds')}
          </Title>
          {feeds.isPending ? <Loading /> : null}
          <ErrorAlert error={feeds.error} />
          {feeds.data?.items.length ? (
            <ScrollTable label={t('calendarFeedUi.feeds')} minWidth={360}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('calendarFeedUi.createdAt')}</Table.Th>
                    <Table.Th>{t('calendarFeedUi.revokedAt')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {feeds.data.items.map((f) => (
                    <Table.Tr key={f.id}>
                      <Table.Td>{fmt.dateTime(f.createdAt)}</Table.Td>
                      <Table.Td>
                        {f.revokedAt ? (
                          fmt.dateTime(f.revokedAt)
                        ) : (
                          <Badge variant="light">{t('calendarFeedUi.live')}</Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {f.revokedAt ? null : (
                          <Button
                            size="xs"
                            color="red"
                            variant="light"
                            onClick={() =>
                              revoke.mutate(f.id, {
                                onSuccess: () => {
                                  setUrl(null);
                                  notifySuccess(t('calendarFeedUi.revoked'));
                                },
                                onError: notifyError,
                              })
                            }
                          >
                            {t('calendarFeedUi.revoke')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          ) : feeds.data ? (
            <Text c="dimmed">{t('calendarFeedUi.none')}</Text>
          ) : null}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} fz="h4">
            {t('calendarFeedUi.publicTitle')}
          </Title>
          <Text size="sm">{t('calendarFeedUi.publicIntro')}</Text>
          <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {publicFeedUrl(currentLocale())}
          </Code>
        </Stack>
      </Paper>
    </Stack>
  );
}
