import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Factsheet } from '#shared/schemas/agreements';
import { ConflictAlert } from '#web/components/ui/ConflictAlert';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { placeKeys, useFactsheet, useSaveFactsheet } from '#web/features/agreements/api/places';
import { isApiError } from '#web/lib/api';
import { changedFields } from '#web/lib/diff';
import { notifySuccess } from '#web/lib/notify';
import { FactsheetForm } from './FactsheetForm';
import { FactsheetView } from './FactsheetView';
import { fromFactsheet } from './factsheetState';

type Conflict = { message: string; current: Factsheet | null };

/** The partner's factsheet for outgoing students; OIA staff edit it in place (409 shows what changed meanwhile). */
export function FactsheetPanel({ partnerId }: { partnerId: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useFactsheet(partnerId);
  const save = useSaveFactsheet(partnerId);
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [formKey, setFormKey] = useState(0);
  const factsheet = query.data ?? null;
  const mayEdit = factsheet?.permissions.update ?? false;

  const fieldLabel = (key: string) => {
    const text = /^(requirements|housing|visa|insurance|notes)(Zh|En)$/.exec(key);
    if (text) {
      const field = t(`agreementsUi.factsheet.texts.${text[1]}`);
      return text[2] === 'Zh'
        ? t('agreementsUi.factsheet.inChinese', { field })
        : t('agreementsUi.factsheet.inEnglish', { field });
    }
    if (key === 'deadlines') return t('agreementsUi.factsheet.deadlines');
    if (key === 'links') return t('agreementsUi.factsheet.links');
    if (key === 'instructionLanguages') return t('agreementsUi.factsheet.instructionLanguages');
    return key;
  };

  function loadLatest() {
    if (conflict?.current) queryClient.setQueryData(placeKeys.factsheet(partnerId), conflict.current);
    else void query.refetch();
    setConflict(null);
    setFormKey((k) => k + 1);
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="factsheet-heading">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id="factsheet-heading">
          {t('agreementsUi.factsheet.title')}
        </Title>
        {mayEdit && !editing && !query.isPending ? (
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('agreementsUi.factsheet.edit')}
          </Button>
        ) : null}
      </Group>
      {query.isPending ? <Loading /> : null}
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {conflict ? (
        <ConflictAlert
          message={conflict.message}
          version={conflict.current?.version ?? null}
          updatedAt={conflict.current?.updatedAt ?? null}
          changed={conflict.current ? changedFields(factsheet, conflict.current).map((c) => fieldLabel(c.key)) : []}
          onLoadLatest={loadLatest}
        />
      ) : null}
      {query.isPending || query.error ? null : editing ? (
        <FactsheetForm
          key={`${factsheet?.version ?? 0}-${formKey}`}
          initial={fromFactsheet(factsheet)}
          onCancel={() => setEditing(false)}
          onConflict={(err) => {
            if (isApiError(err)) setConflict({ message: err.message, current: (err.current as Factsheet) ?? null });
          }}
          onSubmit={async (body) => {
            await save.mutateAsync(body);
            notifySuccess(t('agreementsUi.factsheet.saved'));
            setEditing(false);
          }}
        />
      ) : factsheet && factsheet.version > 0 ? (
        <FactsheetView factsheet={factsheet} />
      ) : (
        <Text size="sm">{t('agreementsUi.factsheet.none')}</Text>
      )}
    </Paper>
  );
}
