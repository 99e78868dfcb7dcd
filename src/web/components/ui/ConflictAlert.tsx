import '@mantine/core/styles/List.css';
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '#web/lib/api';
import { changedFields } from '#web/lib/diff';
import { useFormat } from '#web/lib/format';

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

type Versioned = { version: number; updatedAt: string };

type Options<T> = {
  /** The record's query (TanStack Query's result). */
  query: { data: T | undefined; refetch: () => Promise<{ data?: T | undefined }> };
  /** Its key in the query cache, where the latest version goes when the user loads it. */
  queryKey: QueryKey;
  fieldLabel: (key: string) => string;
};

/**
 * Editing a record someone else may change meanwhile: `record` is the version the form started from (replaced
 * only through `setBase`, or when the user loads the latest one), `onConflict` takes the form's 409, and `alert`
 * is the notice to show while there is one.
 */
export function useEditConflict<T extends Versioned>({ query, queryKey, fieldLabel }: Options<T>) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState<T | null>(null);
  const [conflict, setConflict] = useState<{ message: string; current: T | null } | null>(null);
  if (query.data && !base) setBase(query.data);
  const record = base ?? query.data;

  async function loadLatest() {
    const latest = conflict?.current ?? (await query.refetch()).data ?? null;
    if (latest) {
      queryClient.setQueryData(queryKey, latest);
      setBase(latest);
    }
    setConflict(null);
  }

  const onConflict = (err: unknown) => {
    if (!isApiError(err)) return;
    setConflict({ message: err.message, current: (err.current as T | undefined) ?? null });
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  const alert =
    conflict && record ? (
      <ConflictAlert
        message={conflict.message}
        version={conflict.current?.version ?? null}
        updatedAt={conflict.current?.updatedAt ?? null}
        changed={conflict.current ? changedFields(record, conflict.current).map((c) => fieldLabel(c.key)) : []}
        onLoadLatest={() => void loadLatest()}
      />
    ) : null;

  return { record, setBase, onConflict, alert };
}
