import { Alert, Button, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOMINATION_LEVELS } from '#shared/recruitment';
import type { NominationWindow } from '#shared/schemas/nominations';
import { HoneypotField } from '#web/components/ui/HoneypotField';
import { usePublicForm } from '#web/lib/publicForm';
import { useNominate } from '../../api/nominations';
import { Notices } from './Notices';

const empty = { givenName: '', familyName: '', email: '', level: 'bachelor', fieldOfStudy: '', website: '' };

/** The coordinator nominates one student into an open window (the server refuses a closed one). */
export function NominateForm({ token, windows }: { token: string; windows: NominationWindow[] }) {
  const { t } = useTranslation();
  const nominate = useNominate(token);
  const open = windows.filter((w) => w.open);
  const [windowId, setWindowId] = useState<string | null>(open[0] ? String(open[0].id) : null);
  const { values, set, field, honeypot, errors, error, busy, sent, submit } = usePublicForm(
    empty,
    (v) =>
      nominate.mutateAsync({
        windowId: Number(windowId),
        givenName: v.givenName,
        familyName: v.familyName,
        email: v.email,
        level: v.level as (typeof NOMINATION_LEVELS)[number],
        fieldOfStudy: v.fieldOfStudy || null,
        website: v.website || undefined,
      }),
    { again: true },
  );
  if (open.length === 0) return <Alert color="yellow">{t('nominationsUi.coordinator.noOpenWindow')}</Alert>;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Notices error={error} done={sent ? t('nominationsUi.coordinator.sent') : null} />
        <Select
          label={t('nominationsUi.coordinator.windowLabel')}
          data={open.map((w) => ({
            value: String(w.id),
            label: `${w.academicYear} ${t(`nominationTerms.${w.term}`)}`,
          }))}
          value={windowId}
          onChange={setWindowId}
          allowDeselect={false}
          error={errors.windowId}
        />
        <TextInput label={t('nominationsUi.coordinator.givenName')} required maxLength={120} {...field('givenName')} />
        <TextInput
          label={t('nominationsUi.coordinator.familyName')}
          required
          maxLength={120}
          {...field('familyName')}
        />
        <TextInput label={t('nominationsUi.email')} type="email" required maxLength={254} {...field('email')} />
        <Select
          label={t('nominationsUi.level')}
          data={NOMINATION_LEVELS.map((l) => ({ value: l, label: t(`nominationsUi.levels.${l}`) }))}
          value={values.level}
          onChange={(level) => set('level', level ?? 'bachelor')}
          allowDeselect={false}
          error={errors.level}
        />
        <TextInput label={t('nominationsUi.fieldOfStudy')} maxLength={200} {...field('fieldOfStudy')} />
        <HoneypotField {...honeypot} />
        <Button type="submit" loading={busy} fullWidth>
          {t('nominationsUi.coordinator.submit')}
        </Button>
      </Stack>
    </form>
  );
}
