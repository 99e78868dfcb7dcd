import '@mantine/core/styles/Table.css';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatusBuild } from '#shared/schemas/executive';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { buildFileUrl, useStatusBuilds } from '#web/features/executive/api/executive';
import { useFormat } from '#web/lib/format';
import { Section } from './Section';

/** The file of a finished build (a plain link: the browser downloads it with its Chinese name). */
export function DownloadLink({ build }: { build: StatusBuild }) {
  const { t } = useTranslation();
  return (
    <Anchor href={buildFileUrl(build.id)} download={build.fileName ?? undefined}>
      {t('executiveUi.status.download', { name: build.fileName ?? '' })}
    </Anchor>
  );
}

/** The newest builds (everyone's), with their state and file. */
export function BuildsList() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { data, error, refetch } = useStatusBuilds();
  return (
    <Section title={t('executiveUi.status.recent')}>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {data && data.items.length === 0 ? <EmptyState>{t('executiveUi.status.noBuilds')}</EmptyState> : null}
      {data?.items.length ? (
        <ScrollTable label={t('executiveUi.status.recent')} minWidth={620}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('executiveUi.status.period')}</Table.Th>
                <Table.Th>{t('executiveUi.status.format')}</Table.Th>
                <Table.Th>{t('executiveUi.status.startedAt')}</Table.Th>
                <Table.Th>{t('executiveUi.status.result')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{fmt.name(b.periodNameZh, b.periodNameEn)}</Table.Td>
                  <Table.Td>{b.format.toUpperCase()}</Table.Td>
                  <Table.Td>{fmt.dateTime(b.createdAt)}</Table.Td>
                  <Table.Td>
                    {b.status === 'done' ? (
                      <DownloadLink build={b} />
                    ) : (
                      <Text size="sm" c={b.status === 'failed' ? 'red.8' : undefined}>
                        {b.status === 'failed'
                          ? (b.error ?? t('executiveUi.status.state.failed'))
                          : t(`executiveUi.status.state.${b.status}`)}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : null}
    </Section>
  );
}
