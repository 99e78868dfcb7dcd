import { Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAIL_MODES, MAIL_TOPICS, type MailMode, type MailTopic } from '#shared/notifications';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useMailPreferences, useSaveMailPreferences } from '../api/notifications';

/**
 * How I get e-mail for each kind of notification: daily digest, each one, or none. A change is saved at
 * once. Each topic is a label above a full-width control, so it fits a phone screen.
 */
export function MailPreferencesSection() {
  const { t } = useTranslation();
  const prefs = useMailPreferences();
  const save = useSaveMailPreferences();
  const modeOf = (topic: MailTopic) => prefs.data?.preferences.find((p) => p.topic === topic)?.mode;

  function change(topic: MailTopic, mode: MailMode) {
    save.mutate(
      { preferences: [{ topic, mode }] },
      { onSuccess: () => notifySuccess(t('notificationsUi.mail.saved')), onError: notifyError },
    );
  }

  return (
    <Paper component="section" withBorder radius="md" p="md" mt="xl" aria-labelledby="mail-preferences-title">
      <Title order={2} size="h4" id="mail-preferences-title">
        {t('notificationsUi.mail.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('notificationsUi.mail.subtitle')}
      </Text>
      <Stack gap="md">
        {MAIL_TOPICS.map((topic) => (
          <Stack key={topic} gap={4}>
            <Text size="sm" fw={500} id={`mail-topic-${topic}`}>
              {t(`notificationsUi.mail.topics.${topic}`)}
            </Text>
            <SegmentedControl
              fullWidth
              aria-labelledby={`mail-topic-${topic}`}
              value={modeOf(topic) ?? ''}
              disabled={!prefs.data || save.isPending}
              onChange={(v) => change(topic, v as MailMode)}
              data={MAIL_MODES.map((mode) => ({ value: mode, label: t(`notificationsUi.mail.modes.${mode}`) }))}
            />
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
