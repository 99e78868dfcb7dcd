import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Table.css';
import { Button, Group, Modal, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { academicYearAt } from '#shared/calendar';
import type { FundingProgram, FundingYear } from '#shared/schemas/funding';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useSaveYear } from '#web/features/funding/api/funding';
import { notifySuccess } from '#web/lib/notify';
import { useFundingFormat } from './useFundingFormat';
import { YearForm, yearFormState } from './YearForm';

const FIGURES = ['granted', 'matching', 'total', 'awarded', 'spent', 'balance'] as const;

/** A program's years: the grant, the university's matching (and the least it may be), awarded, spent, balance. */
export function YearsPanel({ program }: { program: FundingProgram }) {
  const { t } = useTranslation();
  const fmt = useFundingFormat();
  const save = useSaveYear(program.id);
  const [dialog, setDialog] = useState<{ year: FundingYear | null } | null>(null);
  const manage = program.permissions.manage;
  const nextYear = Math.max(academicYearAt(new Date()), ...program.years.map((y) => y.year + 1));
  const close = () => setDialog(null);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="years-heading">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id="years-heading">
          {t('fundingUi.years.title')}
        </Title>
        {manage ? <Button onClick={() => setDialog({ year: null })}>{t('fundingUi.years.add')}</Button> : null}
      </Group>
      {program.years.length === 0 ? (
        <EmptyState>{t('fundingUi.years.none')}</EmptyState>
      ) : (
        <ScrollTable label={t('fundingUi.years.title')} minWidth={manage ? 1120 : 1020}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fundingUi.fields.year')}</Table.Th>
                {FIGURES.map((k) => (
                  <Table.Th key={k} scope="col" ta="end">
                    {t(`fundingUi.figures.${k}`)}
                  </Table.Th>
                ))}
                <Table.Th scope="col" ta="end">
                  {t('fundingUi.figures.people')}
                </Table.Th>
                <Table.Th scope="col">{t('fundingUi.fields.notes')}</Table.Th>
                {manage ? <Table.Th scope="col">{t('fundingUi.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {program.years.map((y) => (
                <Table.Tr key={y.id}>
                  <Table.Th scope="row" fw={500}>
                    {fmt.yearLabel(y.year)}
                  </Table.Th>
                  {FIGURES.map((k) => (
                    <Table.Td key={k} ta="end">
                      {fmt.money(y[k])}
                      {k === 'matching' && y.requiredMatching !== null ? (
                        <Text size="xs" c="dimmed">
                          {t('fundingUi.years.leastMatching', { amount: fmt.money(y.requiredMatching) })}
                        </Text>
                      ) : null}
                    </Table.Td>
                  ))}
                  <Table.Td ta="end">{fmt.number(y.people)}</Table.Td>
                  <Table.Td>{y.notes ?? '—'}</Table.Td>
                  {manage ? (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => setDialog({ year: y })}
                        aria-label={`${t('common.edit')}: ${fmt.yearLabel(y.year)}`}
                      >
                        {t('common.edit')}
                      </Button>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Modal
        opened={dialog !== null}
        onClose={close}
        size="lg"
        title={dialog?.year ? t('fundingUi.years.edit') : t('fundingUi.years.add')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog ? (
          <YearForm
            initial={yearFormState(dialog.year ?? undefined, nextYear)}
            matchingMinPct={program.matchingMinPct}
            onCancel={close}
            onSubmit={async (body) => {
              const yearId = dialog.year?.id ?? null;
              await save.mutateAsync({ yearId, body: dialog.year ? { ...body, version: dialog.year.version } : body });
              notifySuccess(t('fundingUi.years.saved'));
              close();
            }}
          />
        ) : null}
      </Modal>
    </Paper>
  );
}
