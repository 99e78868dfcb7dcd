import '@mantine/core/styles/List.css';
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '#web/lib/api';
import { changedFields } from '#web/lib/diff';
import { useFormat } from '#web/lib/format';
import { conflictRows, type MergeRow, mergeValues, type Pick } from '#web/lib/merge';
import { ConflictMerge } from './ConflictMerge';

type Props = {
  /** The server's (localized) conflict message. */
  message: string;
  version: number | null;
  updatedAt: string | null;
  /** Labels of the fields that differ between the server's version and the one the form started from. */
  changed: string[];
  onLoadLatest: () => void;
  /** With what the user typed: the fields to merge one by one (instead of only loading the latest). */
  merge?: { rows: MergeRow[]; fieldLabel: (key: string) => string; onApply: (picks: Record<string, Pick>) => void };
};

/** 409 on save: explain, show what changed on the server, and let the user load it (never overwrite silently). */
export function ConflictAlert({ message, version, updatedAt, changed, onLoadLatest, merge }: Props) {
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
        {merge ? (
          <ConflictMerge
            rows={merge.rows}
            fieldLabel={merge.fieldLabel}
            onApply={merge.onApply}
            onDiscard={onLoadLatest}
          />
        ) : null}
        {!merge && changed.length ? (
          <>
            <Text size="sm">{t('common.conflict.changedFields')}</Text>
            <List size="sm">
              {changed.map((label) => (
                <List.Item key={label}>{label}</List.Item>
              ))}
            </List>
          </>
        ) : null}
        {merge ? null : (
          <>
            <Text size="sm">{t('common.conflict.hint')}</Text>
            <div>
              <Button size="sm" onClick={onLoadLatest}>
                {t('common.conflict.loadLatest')}
              </Button>
            </div>
          </>
        )}
      </Stack>
    </Alert>
  );
}

type Versioned = { version: number; updatedAt: string };

type Options<T, S> = {
  /** The record's query (TanStack Query's result). */
  query: { data: T | undefined; refetch: () => Promise<{ data?: T | undefined }> };
  /** Its key in the query cache, where the latest version goes when the user loads it. */
  queryKey: QueryKey;
  fieldLabel: (key: string) => string;
  /** The form's values for a version of the record: with it, a conflict is merged field by field. */
  toForm?: (record: T) => S;
};

/**
 * Editing a record someone else may change meanwhile: `record` is the version the form started from (replaced
 * only through `setBase`, or when the user loads the latest one), `onConflict` takes the form's 409, and `alert`
 * is the notice to show while there is one.
 */
export function useEditConflict<T extends Versioned, S extends object = never>({
  query,
  queryKey,
  fieldLabel,
  toForm,
}: Options<T, S>) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState<T | null>(null);
  const [conflict, setConflict] = useState<{ message: string; current: T | null; mine?: S } | null>(null);
  /** The merged values the form restarts from (on top of the current version), once the user applied them. */
  const [merged, setMerged] = useState<S | undefined>(undefined);
  if (query.data && !base) setBase(query.data);
  const record = base ?? query.data;

  async function loadLatest() {
    const latest = conflict?.current ?? (await query.refetch()).data ?? null;
    if (latest) {
      queryClient.setQueryData(queryKey, latest);
      setBase(latest);
    }
    setMerged(undefined);
    setConflict(null);
  }

  /** Takes the form's 409 and, when the form gives them, the values the user typed. */
  const onConflict = (err: unknown, mine?: S) => {
    if (!isApiError(err)) return;
    setConflict({ message: err.message, current: (err.current as T | undefined) ?? null, mine });
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  const current = conflict?.current;
  const mine = conflict?.mine;
  const merge =
    toForm && current && mine && record
      ? {
          rows: conflictRows(toForm(record), mine, toForm(current)),
          fieldLabel,
          // The form restarts on the current version (its next save sends that version) with the chosen values.
          onApply: (picks: Record<string, Pick>) => {
            setMerged(mergeValues(mine, toForm(current), picks));
            queryClient.setQueryData(queryKey, current);
            setBase(current);
            setConflict(null);
          },
        }
      : undefined;

  const alert =
    conflict && record ? (
      <ConflictAlert
        message={conflict.message}
        version={conflict.current?.version ?? null}
        updatedAt={conflict.current?.updatedAt ?? null}
        changed={conflict.current ? changedFields(record, conflict.current).map((c) => fieldLabel(c.key)) : []}
        onLoadLatest={() => void loadLatest()}
        merge={merge}
      />
    ) : null;

  return { record, setBase, onConflict, alert, initial: merged };
}
