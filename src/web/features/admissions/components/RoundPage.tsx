import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Badge.css';
import { Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { academicYearLabelParams } from '#shared/calendar';
import type { AdmissionProgram } from '#shared/schemas/admissions';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useCreateProgram, useRound, useUpdateProgram, useUpdateRound } from '../api/admissions';
import '../i18n';
import { usePhone } from '#web/lib/media';
import { ApplicationsPanel } from './ApplicationsPanel';
import { ProgramForm } from './ProgramForm';
import { RoundForm } from './RoundForm';

/** One round: its programs with places and requirements, and the list of its applications. */
export function RoundPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const phone = usePhone();
  const id = Number(useParams({ strict: false }).id);
  const round = useRound(id);
  const create = useCreateProgram(id);
  const canManage = useCan('admissions', 'manage');
  const updateRound = useUpdateRound(id);
  const updateProgram = useUpdateProgram(id);
  const [adding, setAdding] = useState(false);
  const [editingRound, setEditingRound] = useState(false);
  const [editing, setEditing] = useState<AdmissionProgram | null>(null);
  /** After a 409: the latest round, and the form rebuilt from it (its key changes with the version). */
  const loadLatest = () => void round.refetch();
  if (round.isPending) return <Loading />;
  if (round.error) return <ErrorAlert error={round.error} onRetry={() => void round.refetch()} />;
  const r = round.data;
  return (
    <>
      <AnchorLink to={paths.admissions()} size="sm">
        {t('admissionsUi.back')}
      </AnchorLink>
      <PageHeader
        title={fmt.name(r.nameZh, r.nameEn)}
        subtitle={`${t('common.academicYearOption', academicYearLabelParams(r.academicYear))} · ${t(`admissions.semesters.${r.semester}`)} · ${t(`admissions.kinds.${r.kind}`)}`}
        actions={
          canManage ? (
            <Group gap="sm">
              <Button variant="default" onClick={() => setEditingRound(true)}>
                {t('admissionsUi.editRound')}
              </Button>
              <Button onClick={() => setAdding(true)}>{t('admissionsUi.newProgram')}</Button>
            </Group>
          ) : null
        }
      />
      <Stack gap="xs" mb="md">
        <Text size="sm">
          {t('admissionsUi.period', { from: fmt.date(r.opensAt.slice(0, 10)), to: fmt.date(r.closesAt.slice(0, 10)) })}
        </Text>
        {r.feeNtd != null ? <Text size="sm">{t('admissionsUi.fee', { amount: fmt.number(r.feeNtd) })}</Text> : null}
      </Stack>
      <Title order={2} size="h4" mb="xs">
        {t('admissionsUi.programs')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} mb="lg">
        {r.programs.map((p) => (
          <Card key={p.id} withBorder padding="sm">
            <Text fw={600}>{fmt.name(p.nameZh, p.nameEn)}</Text>
            <Text size="sm" c="dimmed">
              {fmt.name(p.unitNameZh, p.unitNameEn)} · {t(`admissions.degreeLevels.${p.degreeLevel}`)}
            </Text>
            <Group gap="xs" mt={4}>
              <Badge variant="light" tt="none">
                {t('admissionsUi.program.placesUsed', { used: p.admitted, places: p.places })}
              </Badge>
              <Badge variant="outline" tt="none">
                {p.languageFramework} {p.languageLevel}
              </Badge>
              {p.minGpa != null ? (
                <Badge variant="outline" tt="none">
                  GPA ≥ {p.minGpa}
                </Badge>
              ) : null}
            </Group>
            {canManage ? (
              <Group mt="xs">
                <Button
                  size="xs"
                  variant="light"
                  aria-label={t('admissionsUi.editProgramOf', { name: fmt.name(p.nameZh, p.nameEn) })}
                  onClick={() => setEditing(p)}
                >
                  {t('admissionsUi.editProgram')}
                </Button>
              </Group>
            ) : null}
          </Card>
        ))}
      </SimpleGrid>
      <ApplicationsPanel round={r} />
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('admissionsUi.newProgram')}
        size="lg"
        fullScreen={phone}
      >
        <ProgramForm
          onSubmit={async (body) => {
            await create.mutateAsync(body);
            notifySuccess(t('admissionsUi.saved'));
            setAdding(false);
          }}
        />
      </Modal>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={editingRound}
        onClose={() => setEditingRound(false)}
        title={t('admissionsUi.editRound')}
        size="lg"
        fullScreen={phone}
      >
        <RoundForm
          key={r.version}
          initial={r}
          onLoadLatest={loadLatest}
          onSubmit={async (body) => {
            await updateRound.mutateAsync({ ...body, version: r.version });
            notifySuccess(t('admissionsUi.saved'));
            setEditingRound(false);
          }}
        />
      </Modal>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('admissionsUi.editProgram')}
        size="lg"
        fullScreen={phone}
      >
        {editing ? (
          <ProgramEdit
            program={r.programs.find((p) => p.id === editing.id) ?? editing}
            onLoadLatest={loadLatest}
            onSubmit={async (p, body) => {
              await updateProgram.mutateAsync({ id: p.id, body: { ...body, version: p.version } });
              notifySuccess(t('admissionsUi.saved'));
              setEditing(null);
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}

/** The program's form on its latest loaded version (rebuilt when the version changes, e.g. after a 409). */
function ProgramEdit({
  program,
  onSubmit,
  onLoadLatest,
}: {
  program: AdmissionProgram;
  onSubmit: (p: AdmissionProgram, body: Parameters<Parameters<typeof ProgramForm>[0]['onSubmit']>[0]) => Promise<void>;
  onLoadLatest: () => void;
}) {
  return (
    <ProgramForm
      key={program.version}
      initial={program}
      onLoadLatest={onLoadLatest}
      onSubmit={(body) => onSubmit(program, body)}
    />
  );
}
