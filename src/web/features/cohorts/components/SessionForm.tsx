import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import { Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COHORT_SESSION_KINDS, type CohortSessionKind } from '#shared/cohorts';
import type { CohortSession, CohortSessionCreate } from '#shared/schemas/cohorts';
import { useFormConflict } from '#web/components/ui/useFormConflict';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { usePhone } from '#web/lib/media';
import { notifySuccess } from '#web/lib/notify';
import { useUpdateSession } from '../api/cohorts';

export type SessionValues = Required<CohortSessionCreate>;
export const blankSession: SessionValues = {
  kind: 'course' as CohortSessionKind,
  titleZh: '',
  titleEn: '',
  heldOn: '',
  hours: 3,
  required: false,
};
const valuesOf = (s: CohortSession): SessionValues => ({
  kind: s.kind,
  titleZh: s.titleZh,
  titleEn: s.titleEn,
  heldOn: s.heldOn,
  hours: s.hours,
  required: s.required,
});

type FieldsProps = {
  value: SessionValues;
  onChange: (v: SessionValues) => void;
  errors: Record<string, string>;
};

/** A session's fields, for adding one and for editing one. */
export function SessionFields({ value, onChange, errors }: FieldsProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<SessionValues>) => onChange({ ...value, ...patch });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('cohortsUi.kind')}
        data={COHORT_SESSION_KINDS.map((k) => ({ value: k, label: t(`cohorts.sessionKinds.${k}`) }))}
        value={value.kind}
        onChange={(k) => set({ kind: (k ?? 'course') as CohortSessionKind })}
        allowDeselect={false}
      />
      <TextInput
        type="date"
        label={t('cohortsUi.heldOn')}
        value={value.heldOn}
        onChange={(e) => set({ heldOn: e.currentTarget.value })}
        error={errors.heldOn}
        required
      />
      <TextInput
        label={t('cohortsUi.form.titleZh')}
        value={value.titleZh}
        onChange={(e) => set({ titleZh: e.currentTarget.value })}
        error={errors.titleZh}
        required
      />
      <TextInput
        label={t('cohortsUi.form.titleEn')}
        value={value.titleEn}
        onChange={(e) => set({ titleEn: e.currentTarget.value })}
        error={errors.titleEn}
        required
      />
      <NumberInput
        label={t('cohortsUi.form.hours')}
        min={0.5}
        max={24}
        step={0.5}
        value={value.hours}
        onChange={(n) => set({ hours: Number(n) || 0 })}
        error={errors.hours}
      />
      <Checkbox
        mt="lg"
        label={t('cohortsUi.required')}
        checked={value.required}
        onChange={(e) => set({ required: e.currentTarget.checked })}
      />
    </SimpleGrid>
  );
}

type EditProps = { programId: number; session: CohortSession; onClose: () => void };

/** Edits a session with its version; a 409 keeps what was typed and merges field by field. */
export function SessionEditModal({ programId, session, onClose }: EditProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const phone = usePhone();
  const save = useUpdateSession(programId, session.id);
  const [form, setForm] = useState(valuesOf(session));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const fieldLabel = (key: string) =>
    ({
      kind: t('cohortsUi.kind'),
      heldOn: t('cohortsUi.heldOn'),
      titleZh: t('cohortsUi.form.titleZh'),
      titleEn: t('cohortsUi.form.titleEn'),
      hours: t('cohortsUi.form.hours'),
      required: t('cohortsUi.required'),
    })[key] ?? key;
  const conflict = useFormConflict({ initial: session, toForm: valuesOf, fieldLabel, restart: setForm });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    try {
      await save.mutateAsync({ ...form, version: conflict.base.version });
      notifySuccess(t('cohortsUi.saved'));
      onClose();
    } catch (err) {
      if (!conflict.take(err, form)) setErrors(fieldErrors(err));
    }
  }

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={onClose}
      title={t('cohortsUi.editSession', { title: fmt.name(session.titleZh, session.titleEn) })}
      size="lg"
      fullScreen={phone}
    >
      {conflict.alert}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SessionFields value={form} onChange={setForm} errors={errors} />
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
