import { NumberInput, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GenderPreference } from '#shared/buddy';

/** What a student says of themselves in a round, as typed (languages and interests as text, split on save). */
export interface ProfileFieldValues {
  languages: string;
  interests: string;
  pref: GenderPreference;
  arrivalOn: string;
  capacity: number | string;
}

/**
 * The profile fields a student fills when joining a round and staff correct later: languages, interests,
 * gender wished, arrival (only when `withArrival`, for an international student) and how many buddies.
 */
export function ProfileFields({
  values: v,
  onChange,
  errors,
  withArrival = false,
}: {
  values: ProfileFieldValues;
  onChange: (patch: Partial<ProfileFieldValues>) => void;
  errors: Record<string, string>;
  withArrival?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('buddyUi.mine.languagesHint')}
        value={v.languages}
        onChange={(e) => onChange({ languages: e.currentTarget.value })}
        error={errors.languages}
        required
      />
      <TextInput
        label={t('buddyUi.mine.interestsHint')}
        value={v.interests}
        onChange={(e) => onChange({ interests: e.currentTarget.value })}
        error={errors.interests}
      />
      <Select
        label={t('buddyUi.profile.genderPreference')}
        data={(['any', 'same'] as const).map((s) => ({ value: s, label: t(`buddyUi.genderPreferences.${s}`) }))}
        value={v.pref}
        onChange={(p) => p && onChange({ pref: p as GenderPreference })}
        allowDeselect={false}
      />
      {withArrival ? (
        <TextInput
          type="date"
          label={t('buddyUi.profile.arrival')}
          value={v.arrivalOn}
          onChange={(e) => onChange({ arrivalOn: e.currentTarget.value })}
          error={errors.arrivalOn}
        />
      ) : null}
      <NumberInput
        label={t('buddyUi.profile.capacity')}
        min={1}
        max={3}
        value={v.capacity}
        onChange={(capacity) => onChange({ capacity })}
        error={errors.capacity}
        w={160}
      />
    </>
  );
}
