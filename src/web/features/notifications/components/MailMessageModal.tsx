import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Table.css';
import { Button, Group, Modal, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '#shared/schemas/notifications';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { useFormat } from '#web/lib/format';
import { usePhone } from '#web/lib/media';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useCan } from '#web/lib/session';
import { useOutboxMessage, useRetryMail } from '../api/notifications';
import { MailStatusBadge } from './MailStatusBadge';

type Props = { id: number | null; onClose: () => void };

/** One e-mail in full; full screen on a phone. */
export function MailMessageModal({ id, onClose }: Props) {
  const { t } = useTranslation();
  const phone = usePhone();
  const message = useOutboxMessage(id);
  return (
    <Modal
      opened={id !== null}
      onClose={onClose}
      fullScreen={phone}
      size="xl"
      title={message.data?.subject ?? t('common.loading')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <ErrorAlert error={message.error} onRetry={() => void message.refetch()} />
      {message.isPending && id !== null ? <Loading /> : null}
      {message.data ? <MessageView message={message.data} /> : null}
    </Modal>
  );
}

function MessageView({ message: m }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const canRetry = useCan('mail', 'retry');
  const retry = useRetryMail();
  const [format, setFormat] = useState<'text' | 'html'>('text');
  const rows: [string, string][] = [
    [t('notificationsUi.outbox.message.from'), m.from],
    [t('notificationsUi.outbox.columns.to'), m.toAddress],
    [t('notificationsUi.outbox.columns.created'), fmt.dateTime(m.createdAt)],
    [t('notificationsUi.outbox.columns.sent'), m.sentAt ? fmt.dateTime(m.sentAt) : '—'],
    [t('notificationsUi.outbox.columns.attempts'), fmt.number(m.attempts)],
  ];
  if (m.status === 'pending')
    rows.push([t('notificationsUi.outbox.message.nextAttempt'), fmt.dateTime(m.nextAttemptAt)]);
  if (m.lastError) rows.push([t('notificationsUi.outbox.message.lastError'), m.lastError]);

  async function sendAgain() {
    try {
      await retry.mutateAsync(m.id);
      notifySuccess(t('notificationsUi.outbox.message.retried'));
    } catch (err) {
      notifyError(err);
    }
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <MailStatusBadge status={m.status} />
        {canRetry && (m.status === 'failed' || m.status === 'pending') ? (
          <Button variant="default" size="compact-md" onClick={() => void sendAgain()} loading={retry.isPending}>
            {t('notificationsUi.outbox.message.retry')}
          </Button>
        ) : null}
      </Group>
      <Table withRowBorders={false} verticalSpacing={2}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w="30%" fw={600} style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group gap="xs">
        <Text size="sm" id="mail-format-label">
          {t('notificationsUi.outbox.message.format')}
        </Text>
        <SegmentedControl
          aria-labelledby="mail-format-label"
          value={format}
          onChange={(v) => setFormat(v === 'html' ? 'html' : 'text')}
          data={[
            { value: 'text', label: t('notificationsUi.outbox.message.text') },
            { value: 'html', label: t('notificationsUi.outbox.message.html') },
          ]}
        />
      </Group>
      {format === 'text' ? (
        <Text
          component="pre"
          size="sm"
          p="sm"
          bg="gray.0"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit', margin: 0 }}
        >
          {m.bodyText}
        </Text>
      ) : m.bodyHtml ? (
        // An empty sandbox: no scripts, no forms, no same-origin access, no navigation of this page.
        <iframe
          sandbox=""
          srcDoc={m.bodyHtml}
          title={t('notificationsUi.outbox.message.htmlFrame')}
          referrerPolicy="no-referrer"
          style={{ width: '100%', minHeight: 360, border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}
        />
      ) : (
        <Text size="sm">{t('notificationsUi.outbox.message.noHtml')}</Text>
      )}
    </Stack>
  );
}
