import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Badge.css';
import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type DeliveryStatus, WEBHOOK_EVENT_KEYS } from '#shared/integrations';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useDeliveries, useRedeliver } from '../api/integrations';

const COLORS: Record<DeliveryStatus, string> = {
  pending: 'yellow',
  sending: 'blue',
  delivered: 'green',
  failed: 'red',
};

/** A subscription's latest deliveries: event, status, attempts, the receiver's answer; a failed one can be sent again. */
export function DeliveriesTable({ webhookId }: { webhookId: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const deliveries = useDeliveries(webhookId);
  const redeliver = useRedeliver();
  if (deliveries.isPending) return <Loading />;
  if (deliveries.error) return <ErrorAlert error={deliveries.error} />;
  if (!deliveries.data.items.length) return <Text c="dimmed">{t('integrationsUi.hooks.noDeliveries')}</Text>;
  return (
    <ScrollTable label={t('integrationsUi.hooks.deliveries')} minWidth={720}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('integrationsUi.hooks.createdAt')}</Table.Th>
            <Table.Th>{t('integrationsUi.hooks.event')}</Table.Th>
            <Table.Th>{t('integrationsUi.hooks.status')}</Table.Th>
            <Table.Th>{t('integrationsUi.hooks.attempts')}</Table.Th>
            <Table.Th>{t('integrationsUi.hooks.response')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.data.items.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{fmt.dateTime(d.createdAt)}</Table.Td>
              <Table.Td>{t(`integrationsUi.events.${WEBHOOK_EVENT_KEYS[d.eventKind]}`)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={COLORS[d.status]}>
                  {t(`integrationsUi.deliveryStatuses.${d.status}`)}
                </Badge>
                {d.status === 'pending' && d.attempts > 0 ? (
                  <Text size="xs" c="dimmed">
                    {t('integrationsUi.hooks.nextAttempt')}: {fmt.dateTime(d.nextAttemptAt)}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{d.attempts}</Table.Td>
              <Table.Td>
                <Text size="sm">{d.responseStatus ?? d.lastError ?? '—'}</Text>
                {d.responseExcerpt ? (
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {d.responseExcerpt.slice(0, 160)}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                {d.status === 'failed' ? (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() =>
                      redeliver.mutate(
                        { id: webhookId, deliveryId: d.id },
                        { onSuccess: () => notifySuccess(t('integrationsUi.hooks.requeued')), onError: notifyError },
                      )
                    }
                  >
                    {t('integrationsUi.hooks.redeliver')}
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
