import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Switch.css';
import '@mantine/core/styles/Table.css';
import { Button, Modal, Paper, Select, SimpleGrid, Stack, Switch, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { academicYearAt } from '#shared/calendar';
import type { FundingFigures, FundingProgramSummary } from '#shared/schemas/funding';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useFundingPrograms, useFundingSummary, useSaveProgram } from '../api/funding';
import '../i18n';
import { ProgramForm, programFormState } from './parts/ProgramForm';
import { useFundingFormat } from './parts/useFundingFormat';

const FIGURES = ['granted', 'matching', 'awarded', 'spent', 'balance'] as const;

/** The funding programs with one academic year's figures, the university-wide totals, and "new program". */
export function FundingProgramsPage() {
  const { t } = useTranslation();
  const fmt = useFundingFormat();
  const navigate = useNavigate();
  const manage = useCan('funding', 'manage');
  const current = academicYearAt(new Date());
  const [year, setYear] = useState(current);
  const [archived, setArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const programs = useFundingPrograms(year, archived);
  const summary = useFundingSummary(year);
  const save = useSaveProgram();
  const years = Array.from({ length: 7 }, (_, i) => current + 1 - i);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('fundingUi.list.title')}
        subtitle={t('fundingUi.list.subtitle')}
        actions={manage ? <Button onClick={() => setCreating(true)}>{t('fundingUi.list.create')}</Button> : null}
      />
      <Stack gap="xs">
        <Select
          label={t('fundingUi.list.year')}
          w={260}
          allowDeselect={false}
          data={years.map((y) => ({ value: String(y), label: fmt.yearLabel(y) }))}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
        />
        <Switch
          label={t('fundingUi.list.showArchived')}
          checked={archived}
          onChange={(e) => setArchived(e.currentTarget.checked)}
        />
      </Stack>
      {summary.data ? <Totals figures={summary.data.totals} /> : null}
      {programs.error ? <ErrorAlert error={programs.error} onRetry={() => void programs.refetch()} /> : null}
      {programs.isPending ? <Loading /> : null}
      {programs.data && programs.data.items.length === 0 ? <EmptyState>{t('fundingUi.list.none')}</EmptyState> : null}
      {programs.data?.items.length ? <ProgramsTable items={programs.data.items} caption={fmt.yearLabel(year)} /> : null}
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        size="lg"
        title={t('fundingUi.list.create')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <ProgramForm
          initial={programFormState()}
          onCancel={() => setCreating(false)}
          onSubmit={async (body) => {
            const created = await save.mutateAsync({ id: null, body });
            notifySuccess(t('fundingUi.program.saved'));
            setCreating(false);
            void navigate({ to: paths.fundingProgram(created.id) });
          }}
        />
      </Modal>
    </Stack>
  );
}

/** The year's totals across programs (each person counted once). */
function Totals({ figures }: { figures: FundingFigures }) {
  const { t } = useTranslation();
  const fmt = useFundingFormat();
  const cells = [
    ...FIGURES.map((k) => [k, fmt.money(figures[k])] as const),
    ['people', fmt.number(figures.people)] as const,
  ];
  return (
    <section aria-labelledby="funding-totals">
      <Text id="funding-totals" fw={600} mb="xs">
        {t('fundingUi.list.totals')}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
        {cells.map(([key, value]) => (
          <Paper key={key} withBorder p="sm" radius="md">
            <Text size="xs" c="dimmed">
              {t(`fundingUi.figures.${key}`)}
            </Text>
            <Text fw={700}>{value}</Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}

function ProgramsTable({ items, caption }: { items: FundingProgramSummary[]; caption: string }) {
  const { t } = useTranslation();
  const fmt = useFundingFormat();
  return (
    <ScrollTable label={caption} minWidth={980}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fundingUi.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('fundingUi.fields.kind')}</Table.Th>
            <Table.Th scope="col">{t('fundingUi.fields.sponsor')}</Table.Th>
            {FIGURES.map((k) => (
              <Table.Th key={k} scope="col" ta="end">
                {t(`fundingUi.figures.${k}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="end">
              {t('fundingUi.figures.people')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <AnchorLink to={paths.fundingProgram(p.id)}>{fmt.name(p.nameZh, p.nameEn)}</AnchorLink>
                <Text size="xs" c="dimmed">
                  {p.code}
                </Text>
              </Table.Td>
              <Table.Td>{t(`fundingKinds.${p.kind}`)}</Table.Td>
              <Table.Td>{fmt.name(p.sponsorZh, p.sponsorEn) || '—'}</Table.Td>
              {FIGURES.map((k) => (
                <Table.Td key={k} ta="end">
                  {p.figures ? (
                    <Text span size="sm" c={k === 'balance' && p.figures.balance <= 0 ? 'red.8' : undefined}>
                      {fmt.money(p.figures[k])}
                    </Text>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              ))}
              <Table.Td ta="end">{p.figures ? fmt.number(p.figures.people) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
