import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '#shared/schemas/assistants';
import { useFormConflict } from '#web/components/ui/useFormConflict';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { usePhone } from '#web/lib/media';
import { notifySuccess } from '#web/lib/notify';
import { useUnits } from '#web/lib/reference';
import { useUpdateRound } from '../api/assistants';

type Values = {
  titleZh: string;
  titleEn: string;
  opensOn: string;
  closesOn: string;
  places: string;
  collegeIds: number[];
};
const valuesOf = (r: Round): Values => ({
  titleZh: r.titleZh,
  titleEn: r.titleEn,
  opensOn: r.opensOn,
  closesOn: r.closesOn,
  places: String(r.places),
  collegeIds: r.collegeIds,
});

/** Staff edit a recruitment round (names, dates, places, colleges) with its version; a 409 merges. */
export function RoundEditModal({ round, onClose }: { round: Round; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const phone = usePhone();
  const save = useUpdateRound(round.id);
  const colleges = (useUnits().data ?? []).filter((u) => u.kind === 'college');
  const [form, setForm] = useState(valuesOf(round));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const label = (k: string) => t(`assistantsUi.rounds.${k === 'collegeIds' ? 'colleges' : k}`);
  const conflict = useFormConflict({ initial: round, toForm: valuesOf, fieldLabel: label, restart: setForm });
  const field = (k: Exclude<keyof Values, 'collegeIds'>) => ({
    label: label(k),
    value: form[k],
    error: errors[k],
    onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value }),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    const b = conflict.base;
    try {
      await save.mutateAsync({
        ...form,
        places: Number(form.places),
        academicYear: b.academicYear,
        semester: b.semester as 1 | 2,
        version: b.version,
      });
      notifySuccess(t('assistantsUi.rounds.saved'));
      onClose();
    } catch (err) {
      if (!conflict.take(err, form)) setErrors(fieldErrors(err));
    }
  }

  const toggle = (id: number) =>
    setForm({
      ...form,
      collegeIds: form.collegeIds.includes(id) ? form.collegeIds.filter((x) => x !== id) : [...form.collegeIds, id],
    });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={onClose}
      title={t('assistantsUi.rounds.edit')}
      size="lg"
      fullScreen={phone}
    >
      {conflict.alert}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...field('titleZh')} required />
            <TextInput {...field('titleEn')} required />
            <TextInput type="date" {...field('opensOn')} required />
            <TextInput type="date" {...field('closesOn')} required />
            <TextInput type="number" {...field('places')} required />
          </SimpleGrid>
          <Group gap="xs" wrap="wrap" role="group" aria-label={label('collegeIds')}>
            {colleges.map((c) => (
              <Button
                key={c.id}
                size="xs"
                variant={form.collegeIds.includes(c.id) ? 'filled' : 'default'}
                aria-pressed={form.collegeIds.includes(c.id)}
                onClick={() => toggle(c.id)}
              >
                {f.name(c.nameZh, c.nameEn)}
              </Button>
            ))}
          </Group>
          {errors.collegeIds ? (
            <Text size="sm" c="red.8">
              {errors.collegeIds}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={conflict.pending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
