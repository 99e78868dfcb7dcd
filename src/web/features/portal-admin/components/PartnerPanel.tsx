import { Button, Checkbox, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerProfile, PartnerProfileUpdate } from '#shared/schemas/portal';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PartnerSelect } from '#web/components/ui/PartnerSelect';
import { fieldErrors } from '#web/lib/api';
import { errorText } from '#web/lib/errorText';
import { useProfile, useSaveProfile } from '../api/portal-admin';
import { TestimonialsPanel } from './TestimonialsPanel';

/** One partner's public side: whether its factsheet is public and the public fields, then its testimonials. */
export function PartnerPanel() {
  const { t } = useTranslation();
  const [partnerId, setPartnerId] = useState<number | null>(null);
  return (
    <Stack gap="md">
      <PartnerSelect label={t('portalAdminUi.partner')} value={partnerId} onChange={setPartnerId} />
      {partnerId ? (
        <>
          <ProfileLoader key={partnerId} partnerId={partnerId} />
          <TestimonialsPanel key={`t-${partnerId}`} partnerId={partnerId} />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('portalAdminUi.choosePartner')}
        </Text>
      )}
    </Stack>
  );
}

function ProfileLoader({ partnerId }: { partnerId: number }) {
  const profile = useProfile(partnerId);
  if (profile.error) return <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />;
  if (!profile.data) return <Loading />;
  return <ProfileForm partnerId={partnerId} profile={profile.data} />;
}

type ProfileText =
  | 'summaryZh'
  | 'summaryEn'
  | 'termDatesZh'
  | 'termDatesEn'
  | 'catalogueUrl'
  | 'contactOffice'
  | 'contactEmail';

function ProfileForm({ partnerId, profile }: { partnerId: number; profile: PartnerProfile }) {
  const { t } = useTranslation();
  const save = useSaveProfile(partnerId);
  const [d, setD] = useState<Omit<PartnerProfileUpdate, 'version'>>(() => ({
    published: profile.published,
    summaryZh: profile.summaryZh,
    summaryEn: profile.summaryEn,
    termDatesZh: profile.termDatesZh,
    termDatesEn: profile.termDatesEn,
    catalogueUrl: profile.catalogueUrl,
    contactOffice: profile.contactOffice,
    contactEmail: profile.contactEmail,
  }));
  const errors = fieldErrors(save.error);
  const set = (k: ProfileText, v: string) => setD((x) => ({ ...x, [k]: v || null }));
  const input = (k: ProfileText) => (
    <TextInput
      label={t(`portalAdminUi.profile.${k}`)}
      value={d[k] ?? ''}
      error={errors[k]}
      onChange={(e) => set(k, e.currentTarget.value)}
    />
  );
  const area = (k: ProfileText) => (
    <Textarea
      label={t(`portalAdminUi.profile.${k}`)}
      autosize
      minRows={2}
      value={d[k] ?? ''}
      error={errors[k]}
      onChange={(e) => set(k, e.currentTarget.value)}
    />
  );
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      aria-labelledby="partner-profile"
      onSubmit={(e) => {
        e.preventDefault();
        // The latest version read: the form stays open after a save.
        save.mutate({ ...d, version: save.data?.version ?? profile.version });
      }}
    >
      <Title order={2} size="h4" id="partner-profile" mb="xs">
        {t('portalAdminUi.profileTitle')}
      </Title>
      <Stack gap="sm">
        <Checkbox
          label={t('portalAdminUi.profile.published')}
          description={t('portalAdminUi.profile.publishedHint')}
          checked={d.published}
          onChange={(e) => {
            const published = e.currentTarget.checked;
            setD((x) => ({ ...x, published }));
          }}
        />
        {area('summaryZh')}
        {area('summaryEn')}
        {area('termDatesZh')}
        {area('termDatesEn')}
        {input('catalogueUrl')}
        {input('contactOffice')}
        {input('contactEmail')}
        {save.error && !Object.keys(errors).length ? (
          <Text c="red.8" size="sm" role="alert">
            {errorText(save.error)}
          </Text>
        ) : null}
        {save.isSuccess ? (
          <Text size="sm" c="teal.8" role="status">
            {t('portalAdminUi.saved')}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('portalAdminUi.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
