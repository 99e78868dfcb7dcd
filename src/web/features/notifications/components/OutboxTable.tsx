import '@mantine/core/styles/Table.css';
import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '#shared/schemas/notifications';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { MailStatusBadge } from './MailStatusBadge';

type Props = { items: OutboxItem[]; onView: (id: number) => void };

/** The outbox: one row per e-mail with its delivery state; "View" opens the whole message. */
export function OutboxTable({ items, onView }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const time = (iso: string | null) =>
    iso ? (
      <Text size="sm" component="time" dateTime={iso} style={{ whiteSpace: 'nowrap' }}>
        {fmt.dateTime(iso)}
      </Text>
    ) : (
      <Text size="sm">—</Text>
    );
  return (
    <ScrollTable label={t('notificationsUi.outbox.tableLabel')} minWidth={820}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" miw={110}>
              {t('notificationsUi.outbox.status')}
            </Table.Th>
            <Table.Th scope="col">{t('notificationsUi.outbox.columns.to')}</Table.Th>
            <Table.Th scope="col">{t('notificationsUi.outbox.columns.subject')}</Table.Th>
            <Table.Th scope="col">{t('notificationsUi.outbox.columns.created')}</Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
              {t('notificationsUi.outbox.columns.sent')}
            </Table.Th>
            <Table.Th scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
              {t('notificationsUi.outbox.columns.attempts')}
            </Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('notificationsUi.outbox.view')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <MailStatusBadge status={m.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {m.toAddress}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {m.subject}
                </Text>
              </Table.Td>
              <Table.Td>{time(m.createdAt)}</Table.Td>
              <Table.Td>{time(m.sentAt)}</Table.Td>
              <Table.Td ta="right">{fmt.number(m.attempts)}</Table.Td>
              <Table.Td>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => onView(m.id)}
                  aria-label={t('notificationsUi.outbox.viewMessage', { subject: m.subject })}
                >
                  {t('notificationsUi.outbox.view')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
