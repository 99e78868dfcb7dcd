import '@mantine/core/styles/List.css';
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';

type Props = {
  /** The server's (localized) conflict message. */
  message: string;
  version: number | null;
  updatedAt: string | null;
  /** Labels of the fields that differ between the server's version and the one the form started from. */
  changed: string[];
  onLoadLatest: () => void;
};

/** 409 on save: explain, show what changed on the server, and let the user load it (never overwrite silently). */
export function ConflictAlert({ message, version, updatedAt, changed, onLoadLatest }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Alert color="orange" variant="light" title={t('common.conflict.title')} role="alert" mb="md">
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {version !== null ? (
          <Text size="sm">
            {t('common.conflict.current', { version: fmt.number(version), at: fmt.dateTime(updatedAt) })}
          </Text>
        ) : null}
        {changed.length ? (
          <>
            <Text size="sm">{t('common.conflict.changedFields')}</Text>
            <List size="sm">
              {changed.map((label) => (
                <List.Item key={label}>{label}</List.Item>
              ))}
            </List>
          </>
        ) : null}
        <Text size="sm">{t('common.conflict.hint')}</Text>
        <div>
          <Button size="sm" onClick={onLoadLatest}>
            {t('common.conflict.loadLatest')}
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}
