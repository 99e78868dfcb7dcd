import { Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GenderPreference } from '#shared/buddy';
import type { Profile } from '#shared/schemas/buddy';
import { fieldErrors, isApiError } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useUpdateProfile } from '../api/buddy';
import { tags } from '../tags';

/**
 * Staff correct what a student said of themselves (languages, interests, gender wished, arrival, how many
 * buddies), sent with the version read: a colleague's change in between answers 409 and the round reloads.
 */
export function ProfileEditModal({ profile: p, onClose }: { profile: Profile; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const phone = useMediaQuery('(max-width: 48em)');
  const update = useUpdateProfile();
  const [languages, setLanguages] = useState(p.languages.join(', '));
  const [interests, setInterests] = useState(p.interests.join(', '));
  const [pref, setPref] = useState<GenderPreference>(p.genderPreference);
  const [arrivalOn, setArrivalOn] = useState(p.arrivalOn ?? '');
  const [capacity, setCapacity] = useState<number | string>(p.capacity);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const name = f.name(p.nameZh, p.nameEn);
  const submit = async () => {
    try {
      await update.mutateAsync({
        id: p.id,
        body: {
          languages: tags(languages),
          interests: tags(interests),
          genderPreference: pref,
          arrivalOn: p.side === 'international' ? arrivalOn || null : null,
          capacity: Number(capacity),
          version: p.version,
        },
      });
      notifySuccess(t('buddyUi.profile.saved'));
      onClose();
    } catch (err) {
      // A conflict: the round is read again (the mutation invalidates it) and the dialog closes on the new version.
      if (isApiError(err, 'VERSION_CONFLICT')) onClose();
      setErrors(fieldErrors(err));
      notifyError(err);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('buddyUi.profile.editOf', { name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      fullScreen={phone}
    >
      <Stack gap="xs" component="form" onSubmit={(e) => (e.preventDefault(), void submit())}>
        <TextInput
          label={t('buddyUi.mine.languagesHint')}
          value={languages}
          onChange={(e) => setLanguages(e.currentTarget.value)}
          error={errors.languages}
          required
        />
        <TextInput
          label={t('buddyUi.mine.interestsHint')}
          value={interests}
          onChange={(e) => setInterests(e.currentTarget.value)}
          error={errors.interests}
        />
        <Select
          label={t('buddyUi.profile.genderPreference')}
          data={(['any', 'same'] as const).map((s) => ({ value: s, label: t(`buddyUi.genderPreferences.${s}`) }))}
          value={pref}
          onChange={(v) => v && setPref(v as GenderPreference)}
          allowDeselect={false}
        />
        {p.side === 'international' ? (
          <TextInput
            type="date"
            label={t('buddyUi.profile.arrival')}
            value={arrivalOn}
            onChange={(e) => setArrivalOn(e.currentTarget.value)}
            error={errors.arrivalOn}
          />
        ) : null}
        <NumberInput
          label={t('buddyUi.profile.capacity')}
          min={1}
          max={3}
          value={capacity}
          onChange={setCapacity}
          error={errors.capacity}
          w={160}
        />
        <Group gap="xs">
          <Button type="submit" loading={update.isPending}>
            {t('buddyUi.profile.save')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
