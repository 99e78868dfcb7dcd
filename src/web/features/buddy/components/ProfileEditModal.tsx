import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '#shared/schemas/buddy';
import { fieldErrors, isApiError } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { usePhone } from '#web/lib/media';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useUpdateProfile } from '../api/buddy';
import { tags } from '../tags';
import { ProfileFields, type ProfileFieldValues } from './ProfileFields';

/**
 * Staff correct what a student said of themselves (languages, interests, gender wished, arrival, how many
 * buddies), sent with the version read: a colleague's change in between answers 409 and the round reloads.
 */
export function ProfileEditModal({ profile: p, onClose }: { profile: Profile; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const phone = usePhone();
  const update = useUpdateProfile();
  const [v, setV] = useState<ProfileFieldValues>({
    languages: p.languages.join(', '),
    interests: p.interests.join(', '),
    pref: p.genderPreference,
    arrivalOn: p.arrivalOn ?? '',
    capacity: p.capacity,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const name = f.name(p.nameZh, p.nameEn);
  const submit = async () => {
    try {
      await update.mutateAsync({
        id: p.id,
        body: {
          languages: tags(v.languages),
          interests: tags(v.interests),
          genderPreference: v.pref,
          arrivalOn: p.side === 'international' ? v.arrivalOn || null : null,
          capacity: Number(v.capacity),
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
        <ProfileFields
          values={v}
          onChange={(patch) => setV((old) => ({ ...old, ...patch }))}
          errors={errors}
          withArrival={p.side === 'international'}
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
