import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Table.css';
import { Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MobilityAward } from '#shared/schemas/funding';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { isApiError } from '#web/lib/api';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useMobilityFunding, useRemoveAward, useSaveAward } from '../api/funding';
import '../i18n';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import { AwardForm, awardFormState } from './parts/AwardForm';
import { useFundingFormat } from './parts/useFundingFormat';

/**
 * The funding awards of one mobility (it may be funded by several program-years): amounts awarded and paid,
 * with add / edit / remove for those who may award. Shown on the mobility page; hidden from users who may
 * not see this mobility's funding.
 */
export function MobilityFundingPanel({ mobilityId }: { mobilityId: number }) {
  const { t } = useTranslation();
  const fmt = useFundingFormat();
  const funding = useMobilityFunding(mobilityId);
  const save = useSaveAward(mobilityId);
  const remove = useRemoveAward(mobilityId);
  const [dialog, setDialog] = useState<{ award: MobilityAward | null } | null>(null);
  const close = () => setDialog(null);

  if (isApiError(funding.error, 'FORBIDDEN') || isApiError(funding.error, 'NOT_FOUND')) return null;
  const data = funding.data;
  const canAward = data?.permissions.award ?? false;
  const programName = (a: MobilityAward) => `${fmt.name(a.programNameZh, a.programNameEn)} · ${fmt.yearLabel(a.year)}`;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="mobility-funding-heading">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id="mobility-funding-heading">
          {t('fundingUi.mobility.title')}
        </Title>
        {canAward ? <Button onClick={() => setDialog({ award: null })}>{t('fundingUi.mobility.add')}</Button> : null}
      </Group>
      {funding.error ? <ErrorAlert error={funding.error} onRetry={() => void funding.refetch()} /> : null}
      {funding.isPending ? <Loading /> : null}
      {data && data.items.length === 0 ? <EmptyState>{t('fundingUi.mobility.none')}</EmptyState> : null}
      {data?.items.length ? (
        <ScrollTable label={t('fundingUi.mobility.title')} minWidth={canAward ? 760 : 600}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fundingUi.mobility.programYear')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('fundingUi.fields.amount')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('fundingUi.fields.spentAmount')}
                </Table.Th>
                <Table.Th scope="col">{t('fundingUi.fields.notes')}</Table.Th>
                {canAward ? <Table.Th scope="col">{t('fundingUi.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <AnchorLink to={paths.fundingProgram(a.programId)}>
                      {fmt.name(a.programNameZh, a.programNameEn)}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {`${t(`fundingKinds.${a.programKind}`)} · ${fmt.yearLabel(a.year)}`}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="end">{fmt.money(a.amount)}</Table.Td>
                  <Table.Td ta="end">{fmt.money(a.spentAmount)}</Table.Td>
                  <Table.Td>{a.notes ?? '—'}</Table.Td>
                  {canAward ? (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => setDialog({ award: a })}
                          aria-label={`${t('common.edit')}: ${programName(a)}`}
                        >
                          {t('common.edit')}
                        </Button>
                        <ConfirmButton
                          size="compact-sm"
                          color="red"
                          label={t('fundingUi.mobility.remove')}
                          ariaLabel={`${t('fundingUi.mobility.remove')}: ${programName(a)}`}
                          title={t('fundingUi.mobility.remove')}
                          message={t('fundingUi.mobility.removeConfirm', { award: programName(a) })}
                          busy={remove.isPending}
                          onConfirm={async () => {
                            await remove.mutateAsync(a.id);
                            notifySuccess(t('fundingUi.mobility.removed'));
                          }}
                        />
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
            {data.items.length > 1 ? (
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{t('fundingUi.mobility.total')}</Table.Th>
                  <Table.Td ta="end" fw={700}>
                    {fmt.money(data.total.amount)}
                  </Table.Td>
                  <Table.Td ta="end" fw={700}>
                    {fmt.money(data.total.spent)}
                  </Table.Td>
                  <Table.Td colSpan={canAward ? 2 : 1} />
                </Table.Tr>
              </Table.Tfoot>
            ) : null}
          </Table>
        </ScrollTable>
      ) : null}
      <Modal
        opened={dialog !== null}
        onClose={close}
        size="lg"
        title={dialog?.award ? t('fundingUi.mobility.edit') : t('fundingUi.mobility.add')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog && data ? (
          <Stack gap="sm">
            <AwardForm
              initial={awardFormState(dialog.award ?? undefined)}
              options={data.options}
              onCancel={close}
              onSubmit={async (body) => {
                const awardId = dialog.award?.id ?? null;
                await save.mutateAsync({
                  awardId,
                  body: dialog.award ? { ...body, version: dialog.award.version } : body,
                });
                notifySuccess(t('fundingUi.mobility.saved'));
                close();
              }}
            />
          </Stack>
        ) : null}
      </Modal>
    </Paper>
  );
}
