import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Badge.css';
import { Badge, Button, Card, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortProgram, CohortSession } from '#shared/schemas/cohorts';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useAddSession, useAttendance, useSessions, useSetAttendance } from '../api/cohorts';
import { blankSession as blank, SessionEditModal, SessionFields } from './SessionForm';

/** The curriculum's sessions in date order with the hours per kind, a form to add one, and attendance. */
export function SchedulePanel({ program }: { program: CohortProgram }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const sessions = useSessions(program.id);
  const add = useAddSession(program.id);
  const [form, setForm] = useState(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [marking, setMarking] = useState<CohortSession | null>(null);
  const [editing, setEditing] = useState<CohortSession | null>(null);
  const kindLabel = (kind: string) => t(`cohorts.sessionKinds.${kind}`);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    try {
      await add.mutateAsync(form);
      setForm(blank);
      notifySuccess(t('cohortsUi.saved'));
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  }

  if (sessions.error) return <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />;
  return (
    <Stack>
      <Group gap="xs">
        {Object.entries(sessions.data?.hoursByKind ?? {}).map(([kind, hours]) => (
          <Badge key={kind} variant="light" tt="none">
            {t('cohortsUi.kindHours', { kind: kindLabel(kind), hours: t('cohortsUi.hours', { n: hours }) })}
          </Badge>
        ))}
      </Group>
      {sessions.data?.items.map((s) => (
        <Card key={s.id} withBorder padding="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
              <Text fw={500} size="sm">
                {fmt.name(s.titleZh, s.titleEn)}
              </Text>
              <Text size="xs" c="dimmed">
                {[
                  fmt.date(s.heldOn),
                  kindLabel(s.kind),
                  t('cohortsUi.hours', { n: s.hours }),
                  s.required ? t('cohortsUi.required') : null,
                  t('cohortsUi.present', { n: s.present }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Stack>
            {program.permissions.update ? (
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setEditing(s)}
                  aria-label={t('cohortsUi.editSession', { title: fmt.name(s.titleZh, s.titleEn) })}
                >
                  {t('cohortsUi.edit')}
                </Button>
                <Button size="xs" variant="light" onClick={() => setMarking(s)}>
                  {t('cohortsUi.attendance')}
                </Button>
              </Group>
            ) : null}
          </Group>
        </Card>
      ))}
      {program.permissions.update ? (
        <Card withBorder padding="sm">
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              <Text fw={600} size="sm">
                {t('cohortsUi.addSession')}
              </Text>
              <SessionFields value={form} onChange={setForm} errors={errors} />
              <Group justify="flex-end">
                <Button type="submit" loading={add.isPending}>
                  {t('cohortsUi.addSession')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      ) : null}
      <AttendanceModal programId={program.id} session={marking} onClose={() => setMarking(null)} />
      {editing ? (
        <SessionEditModal key={editing.id} programId={program.id} session={editing} onClose={() => setEditing(null)} />
      ) : null}
    </Stack>
  );
}

function AttendanceModal({
  programId,
  session,
  onClose,
}: {
  programId: number;
  session: CohortSession | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const attendance = useAttendance(programId, session?.id ?? null);
  const save = useSetAttendance(programId, session?.id ?? 0);
  const [present, setPresent] = useState<Record<number, boolean>>({});
  useEffect(() => {
    setPresent(Object.fromEntries((attendance.data?.items ?? []).map((a) => [a.participantId, a.present ?? false])));
  }, [attendance.data]);
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={session !== null}
      onClose={onClose}
      title={session ? fmt.name(session.titleZh, session.titleEn) : ''}
    >
      <Stack gap="xs">
        {attendance.data?.items.map((a) => (
          <Checkbox
            key={a.participantId}
            label={a.name}
            checked={present[a.participantId] ?? false}
            onChange={(e) => setPresent({ ...present, [a.participantId]: e.currentTarget.checked })}
          />
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={save.isPending}
            onClick={async () => {
              try {
                await save.mutateAsync(
                  Object.entries(present).map(([id, p]) => ({ participantId: Number(id), present: p })),
                );
                notifySuccess(t('cohortsUi.saved'));
                onClose();
              } catch (err) {
                notifyError(err);
              }
            }}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
