import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import { Alert, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeSetting } from '#shared/ministry';
import type { CountingSetting } from '#shared/schemas/ministry';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { isApiError } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { useCountingSettings, useSaveSettings } from '../api/ministry';
import '../i18n';
import { SettingEditor } from './parts/SettingEditor';

/** The counting settings with their sources; administrators change them (one at a time, versioned). */
export function CountingSettingsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const settings = useCountingSettings();
  const save = useSaveSettings();
  const [editing, setEditing] = useState<CountingSetting | null>(null);
  const close = () => {
    save.reset();
    setEditing(null);
  };
  return (
    <Stack gap="md">
      <PageHeader title={t('ministryUi.settingsTitle')} subtitle={t('ministryUi.settingsSubtitle')} />
      {settings.error ? <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} /> : null}
      {settings.isPending ? <Loading /> : null}
      {settings.data && !settings.data.canEdit ? <Alert variant="light">{t('ministryUi.readOnly')}</Alert> : null}
      {settings.data?.items.map((s) => (
        <Paper key={s.key} withBorder p="md" radius="md">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
            <Stack gap={4} style={{ flex: '1 1 18rem', minWidth: 0 }}>
              <Text fw={600} component="h2" fz="md" m={0}>
                {t(`ministry.settings.labels.${s.key}`)}
              </Text>
              <Text>{describeSetting(s.key, s.value, (k, p) => t(k, p))}</Text>
              <Text size="sm" c="dimmed">
                {t('ministry.settings.source')}: {fmt.name(s.sourceZh, s.sourceEn)}
              </Text>
              <Text size="xs" c="dimmed">
                {s.version ? t('ministryUi.version', { version: s.version }) : t('ministryUi.defaultValue')}
              </Text>
            </Stack>
            {settings.data?.canEdit ? (
              <Button
                variant="default"
                onClick={() => setEditing(s)}
                aria-label={t('ministryUi.editSetting', { label: t(`ministry.settings.labels.${s.key}`) })}
              >
                {t('ministryUi.edit')}
              </Button>
            ) : null}
          </Group>
        </Paper>
      ))}
      <Modal
        opened={editing !== null}
        onClose={close}
        title={editing ? t(`ministry.settings.labels.${editing.key}`) : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {save.error && !isApiError(save.error, 'VALIDATION_FAILED') ? <ErrorAlert error={save.error} /> : null}
        {editing ? (
          <SettingEditor
            key={`${editing.key}-${editing.version}`}
            setting={editing}
            saving={save.isPending}
            error={save.error}
            onCancel={close}
            onSave={async (change) => {
              try {
                await save.mutateAsync({
                  settings: [{ key: editing.key as never, version: editing.version, ...change }],
                });
                notifySuccess(t('ministryUi.saved'));
                close();
              } catch (err) {
                // a stale version: show the latest; field errors stay on the form
                if (isApiError(err, 'VERSION_CONFLICT')) void settings.refetch();
              }
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
