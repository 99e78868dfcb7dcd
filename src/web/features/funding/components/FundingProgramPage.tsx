import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Badge, Button, Group, Modal, Paper, SimpleGrid, Stack } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingProgram } from '#shared/schemas/funding';
import { DetailField } from '#web/components/ui/DetailField';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { HistoryTimeline } from '#web/components/ui/HistoryTimeline';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useArchiveProgram, useFundingHistory, useFundingProgram, useSaveProgram } from '../api/funding';
import '../i18n';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import { AwardsPanel } from './parts/AwardsPanel';
import { ProgramForm, programFormState } from './parts/ProgramForm';
import { useFundingFormat } from './parts/useFundingFormat';
import { YearsPanel } from './parts/YearsPanel';

/** One funding program: its details, its years (grant, matching, awarded, balance), a year's awards, history. */
export function FundingProgramPage() {
  const { t } = useTranslation();
  const fmt = useFundingFormat();
  const id = Number(useParams({ strict: false }).id);
  const { data: p, error, isPending, refetch } = useFundingProgram(id);
  const history = useFundingHistory(id);
  const [editing, setEditing] = useState(false);
  const save = useSaveProgram();
  const archive = useArchiveProgram();

  if (isPending) return <Loading />;
  if (!p) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const other = fmt.otherName(p.nameZh, p.nameEn);
  const fieldLabel = (key: string) => (FIELD_KEYS.has(key) ? t(`fundingUi.fields.${key}`) : key);

  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={paths.funding()} size="sm">{`← ${t('fundingUi.program.backToList')}`}</AnchorLink>}
        title={fmt.name(p.nameZh, p.nameEn)}
        subtitle={
          <Group gap="xs">
            {other ? <span lang={fmt.locale === 'en' ? 'zh-Hant-TW' : 'en'}>{other}</span> : null}
            <Badge variant="outline" color="gray" tt="none">
              {t(`fundingKinds.${p.kind}`)}
            </Badge>
            {p.archivedAt ? (
              <Badge color="gray" variant="outline" tt="none">
                {t('fundingUi.program.archived')}
              </Badge>
            ) : null}
          </Group>
        }
        actions={
          p.permissions.manage ? (
            <>
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
              <ArchiveAction
                program={p}
                busy={archive.isPending}
                onConfirm={(archived) => archive.mutateAsync({ program: p, archived })}
              />
            </>
          ) : null
        }
      />
      <ProgramDetails program={p} />
      <YearsPanel program={p} />
      <AwardsPanel program={p} />
      <HistoryTimeline history={history} ownType="funding_program" fieldLabel={fieldLabel} />
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        size="lg"
        title={t('fundingUi.program.edit')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <ProgramForm
          initial={programFormState(p)}
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            await save.mutateAsync({ id: p.id, body: { ...body, version: p.version } });
            notifySuccess(t('fundingUi.program.saved'));
            setEditing(false);
          }}
        />
      </Modal>
    </Stack>
  );
}

const FIELD_KEYS = new Set([
  'code',
  'kind',
  'nameZh',
  'nameEn',
  'sponsorZh',
  'sponsorEn',
  'matchingMinPct',
  'monthlyStipend',
  'rulesZh',
  'rulesEn',
  'notes',
  'year',
  'granted',
  'matching',
  'archivedAt',
]);

function ArchiveAction({
  program,
  busy,
  onConfirm,
}: {
  program: FundingProgram;
  busy: boolean;
  onConfirm: (archived: boolean) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const archived = program.archivedAt !== null;
  const label = archived ? t('fundingUi.program.restore') : t('fundingUi.program.archive');
  return (
    <ConfirmButton
      label={label}
      title={label}
      message={archived ? t('fundingUi.program.restoreConfirm') : t('fundingUi.program.archiveConfirm')}
      busy={busy}
      color={archived ? undefined : 'red'}
      onConfirm={async () => {
        await onConfirm(!archived);
        notifySuccess(archived ? t('fundingUi.program.restored') : t('fundingUi.program.archivedDone'));
      }}
    />
  );
}

function ProgramDetails({ program: p }: { program: FundingProgram }) {
  const { t } = useTranslation();
  const fmt = useFundingFormat();
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" m={0}>
        <DetailField label={t('fundingUi.fields.code')}>{p.code}</DetailField>
        <DetailField label={t('fundingUi.fields.sponsor')}>{fmt.name(p.sponsorZh, p.sponsorEn)}</DetailField>
        <DetailField label={t('fundingUi.fields.matchingMinPct')}>
          {p.matchingMinPct !== null ? `${fmt.number(p.matchingMinPct)}%` : ''}
        </DetailField>
        <DetailField label={t('fundingUi.fields.monthlyStipend')}>
          {p.monthlyStipend !== null ? fmt.money(p.monthlyStipend) : ''}
        </DetailField>
        <DetailField label={t('fundingUi.fields.rulesZh')}>
          {p.rulesZh ? <span lang="zh-Hant-TW">{p.rulesZh}</span> : null}
        </DetailField>
        <DetailField label={t('fundingUi.fields.rulesEn')}>
          {p.rulesEn ? <span lang="en">{p.rulesEn}</span> : null}
        </DetailField>
      </SimpleGrid>
    </Paper>
  );
}
