import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Mobility } from '#shared/schemas/mobility';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { useEnrolmentHistory } from '../../api/mobility';

const ENROLLED_KINDS = new Set(['degree', 'chinese_language', 'foundation', 'overseas_youth', 'offshore']);

/**
 * The dated enrolment history of an enrolled student (docs/decisions/0021): what the Ministry's tables read
 * for the status on a reference date. Changes entered out of order appear in date order.
 */
export function EnrolmentHistoryPanel({ mobility: m }: { mobility: Mobility }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const enrolled = m.direction === 'inbound' && m.personCategory === 'student' && ENROLLED_KINDS.has(m.kind);
  const history = useEnrolmentHistory(m.id, enrolled);
  if (!enrolled || !history.data?.items.length) return null;
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="xs">
        {t('mobilityUi.enrolmentHistory.title')}
      </Title>
      {history.data.items.some((e) => !e.stored) ? (
        <Text size="sm" c="dimmed" mb="xs">
          {t('mobilityUi.enrolmentHistory.implied')}
        </Text>
      ) : null}
      <ScrollTable label={t('mobilityUi.enrolmentHistory.title')} minWidth={360}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('mobilityUi.enrolmentHistory.date')}</Table.Th>
              <Table.Th>{t('mobilityUi.enrolmentHistory.event')}</Table.Th>
              <Table.Th>{t('mobilityUi.enrolmentHistory.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data.items.map((e) => (
              <Table.Tr key={`${e.effectiveOn}-${e.event}`}>
                <Table.Td>{fmt.date(e.effectiveOn)}</Table.Td>
                <Table.Td>{t(`mobilityUi.enrolmentHistory.events.${e.event}`)}</Table.Td>
                <Table.Td>{e.note ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}
