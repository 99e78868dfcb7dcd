import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import { Alert, Button, Card, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { usePhone } from '#web/lib/media';
import { useAddNote, useNotes } from '../api/cohorts';

/** Whose log: a participant row of the program page or a mentee of the mentor's own page. */
type Props = { programId: number; participant: { id: number; name: string } | null; onClose: () => void };

/** The confidential counselling log: opening it is logged (the notice says so), as is every later read. */
export function CounsellingModal({ programId, participant, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const phone = usePhone();
  const notes = useNotes(programId, participant?.id ?? null);
  const add = useAddNote(programId, participant?.id ?? 0);
  const [metOn, setMetOn] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    try {
      await add.mutateAsync({ metOn, note });
      setNote('');
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  }

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={participant !== null}
      onClose={onClose}
      title={participant ? t('cohortsUi.counsellingOf', { name: participant.name }) : ''}
      size="lg"
      fullScreen={phone}
    >
      <Stack>
        <Alert color="orange" variant="light">
          {t('cohortsUi.confidential')}
        </Alert>
        {notes.data?.items.length === 0 ? <Text size="sm">{t('cohortsUi.noNotes')}</Text> : null}
        {notes.data?.items.map((n) => (
          <Card key={n.id} withBorder padding="xs">
            <Text size="xs" c="dimmed">
              {fmt.date(n.metOn)} · {n.authorName ?? '—'}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {n.note}
            </Text>
          </Card>
        ))}
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <TextInput
              type="date"
              label={t('cohortsUi.metOn')}
              value={metOn}
              onChange={(e) => setMetOn(e.currentTarget.value)}
              error={errors.metOn}
              required
            />
            <Textarea
              label={t('cohortsUi.note')}
              autosize
              minRows={3}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={errors.note}
              required
            />
            <Group justify="flex-end">
              <Button type="submit" loading={add.isPending}>
                {t('cohortsUi.addNote')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Modal>
  );
}
