import '@mantine/core/styles/Table.css';
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PagedList } from '#web/components/ui/PagedList';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { useKeysetPaging } from '#web/lib/keysetPaging';
import { ACCESS_LOG_PAGE_SIZE, useAccessLog } from '../api/people';

/** Who revealed or exported this person's personal data, and when (for those who may read the log). */
export function AccessLogSection({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const paging = useKeysetPaging();
  const log = useAccessLog(personId, paging.at);
  const what = (field: string) => {
    if (field === 'passportNo' || field === 'arcNo') return t(`personFields.${field}`);
    return t('peopleUi.accessLog.allFields');
  };
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb={4}>
        {t('peopleUi.accessLog.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('peopleUi.accessLog.hint')}
      </Text>
      <PagedList
        query={log}
        pageSize={ACCESS_LOG_PAGE_SIZE}
        empty={t('peopleUi.accessLog.empty')}
        onPage={paging.onPage}
        onCountExactly={paging.onCountExactly}
      >
        {(items) => (
          <ScrollTable label={t('peopleUi.accessLog.title')} minWidth={560}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('peopleUi.accessLog.at')}</Table.Th>
                  <Table.Th scope="col">{t('peopleUi.accessLog.user')}</Table.Th>
                  <Table.Th scope="col">{t('peopleUi.accessLog.action')}</Table.Th>
                  <Table.Th scope="col">{t('peopleUi.accessLog.field')}</Table.Th>
                  <Table.Th scope="col">{t('peopleUi.accessLog.ip')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>
                      <Text size="sm" component="time" dateTime={e.createdAt}>
                        {fmt.dateTime(e.createdAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{fmt.name(e.userNameZh, e.userNameEn) || e.userEmail}</Table.Td>
                    <Table.Td>{t(`peopleUi.piiActions.${e.action}`)}</Table.Td>
                    <Table.Td>{what(e.field)}</Table.Td>
                    <Table.Td>{e.ip ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </PagedList>
    </Paper>
  );
}
