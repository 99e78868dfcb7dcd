import { Button, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInSettings } from '#shared/schemas/sso';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useSaveSignInSettings } from '../api/identity-providers';

/** Local passwords on or off for students and for staff; administrators always keep theirs. */
export function SignInSettingsForm({ settings }: { settings: SignInSettings }) {
  const { t } = useTranslation();
  const save = useSaveSignInSettings();
  const [students, setStudents] = useState(settings.studentPasswords);
  const [staff, setStaff] = useState(settings.staffPasswords);
  async function submit() {
    try {
      await save.mutateAsync({ studentPasswords: students, staffPasswords: staff, version: settings.version });
      notifySuccess(t('identityProvidersUi.settings.saved'));
    } catch (err) {
      notifyError(err);
    }
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="sign-in-settings">
      <Title order={2} size="h4" id="sign-in-settings" mb="sm">
        {t('identityProvidersUi.settings.title')}
      </Title>
      <Stack gap="sm" align="flex-start">
        <Switch
          label={t('identityProvidersUi.settings.studentPasswords')}
          checked={students}
          onChange={(e) => setStudents(e.currentTarget.checked)}
        />
        <Switch
          label={t('identityProvidersUi.settings.staffPasswords')}
          checked={staff}
          onChange={(e) => setStaff(e.currentTarget.checked)}
        />
        <Text size="sm" c="dimmed">
          {t('identityProvidersUi.settings.adminNote')}
        </Text>
        <Button onClick={submit} loading={save.isPending}>
          {t('identityProvidersUi.settings.save')}
        </Button>
      </Stack>
    </Paper>
  );
}
