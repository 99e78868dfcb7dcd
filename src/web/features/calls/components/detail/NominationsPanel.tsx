import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Table.css';
import { Anchor, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Call } from '#shared/schemas/calls';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { nominationExportUrl, useNominate, useNominations } from '#web/features/calls/api/calls';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';

/** After publishing: per partner, the nomination list (xlsx) and nominating the selected students. */
export function NominationsPanel({ call }: { call: Call }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ready = call.status === 'published';
  const list = useNominations(call.id, ready);
  const nominate = useNominate(call.id);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="call-nominations">
      <Title order={2} size="h4" id="call-nominations" mb="sm">
        {t('callsUi.nomination.title')}
      </Title>
      {!ready ? <Text c="dimmed">{t('callsUi.nomination.notYet')}</Text> : null}
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      {ready && list.isPending ? <Loading /> : null}
      {list.data && list.data.partners.length === 0 ? <EmptyState>{t('callsUi.nomination.none')}</EmptyState> : null}
      {list.data && list.data.partners.length > 0 ? (
        <ScrollTable label={t('callsUi.nomination.table')} minWidth={760}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('callsUi.fields.partner')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('applicationStatuses.selected')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('applicationStatuses.nominated')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('applicationStatuses.accepted')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('applicationStatuses.rejected_by_partner')}
                </Table.Th>
                <Table.Th scope="col">{t('callsUi.fields.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.partners.map((p) => {
                const name = fmt.name(p.partnerNameZh, p.partnerNameEn);
                return (
                  <Table.Tr key={p.partnerId}>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      {name}
                      <Text size="xs" c="dimmed">
                        {fmt.country(p.country)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="end">{fmt.number(p.selected)}</Table.Td>
                    <Table.Td ta="end">{fmt.number(p.nominated)}</Table.Td>
                    <Table.Td ta="end">{fmt.number(p.accepted)}</Table.Td>
                    <Table.Td ta="end">{fmt.number(p.rejected)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="wrap">
                        <Anchor href={nominationExportUrl(call.id, p.partnerId)} download size="sm">
                          {t('callsUi.nomination.exportFor', { name })}
                        </Anchor>
                        {p.selected > 0 ? (
                          <ConfirmButton
                            variant="filled"
                            size="compact-sm"
                            label={t('callsUi.nomination.nominate')}
                            ariaLabel={t('callsUi.nomination.nominateFor', { name })}
                            title={t('callsUi.nomination.nominate')}
                            message={t('callsUi.nomination.confirm', { n: p.selected, name })}
                            busy={nominate.isPending}
                            onConfirm={async () => {
                              const result = await nominate.mutateAsync(p.partnerId);
                              notifySuccess(t('callsUi.nomination.done', { n: result.nominated }));
                            }}
                          />
                        ) : null}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : null}
    </Paper>
  );
}
