import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import { Button, Checkbox, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedReport } from '#shared/schemas/report-builder';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import {
  type Definition,
  useCreateSaved,
  useDeleteSaved,
  useSavedReports,
  useUpdateSaved,
} from '#web/features/report-builder/api/builder';
import { fieldErrors } from '#web/lib/api';
import { notifySuccess } from '#web/lib/notify';

type Props = { definition: Definition; onLoad: (definition: Definition) => void };

/** Load one's own or a shared definition; save the current one as new, or update (or delete) one's own. */
export function SavedReports({ definition, onLoad }: Props) {
  const { t } = useTranslation();
  const saved = useSavedReports();
  const create = useCreateSaved();
  const update = useUpdateSaved();
  const remove = useDeleteSaved();
  const [current, setCurrent] = useState<SavedReport | null>(null);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const items = saved.data?.items ?? [];

  async function save(asNew: boolean) {
    setError(null);
    try {
      const body = { name, shared, definition };
      const result =
        asNew || !current
          ? await create.mutateAsync(body)
          : await update.mutateAsync({ ...body, id: current.id, version: current.version });
      setCurrent(result);
      notifySuccess(t('activitiesUi.builder.savedDone'));
    } catch (err) {
      const fields = fieldErrors(err);
      setError(fields.name ?? Object.values(fields)[0] ?? (err instanceof Error ? err.message : null));
    }
  }

  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {t('activitiesUi.builder.saved')}
      </Title>
      <Stack gap="sm">
        <Select
          label={t('activitiesUi.builder.load')}
          searchable
          clearable
          data={items.map((s) => ({
            value: String(s.id),
            label: `${s.name}${s.shared ? ` · ${t('activitiesUi.builder.sharedBadge')}` : ''}${s.mine ? '' : ` · ${t('activitiesUi.builder.owner', { name: s.ownerName })}`}`,
          }))}
          value={current ? String(current.id) : null}
          onChange={(v) => {
            const s = items.find((x) => String(x.id) === v) ?? null;
            setCurrent(s);
            if (s) {
              setName(s.name);
              setShared(s.shared);
              onLoad(s.definition);
            }
          }}
        />
        <TextInput
          label={t('activitiesUi.builder.name')}
          value={name}
          error={error}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <Checkbox
          label={t('activitiesUi.builder.shared')}
          checked={shared}
          onChange={(e) => setShared(e.currentTarget.checked)}
        />
        <Group gap="xs">
          <Button onClick={() => void save(true)} loading={create.isPending} disabled={!name.trim()}>
            {t('activitiesUi.builder.saveNew')}
          </Button>
          {current?.mine ? (
            <>
              <Button variant="default" onClick={() => void save(false)} loading={update.isPending}>
                {t('activitiesUi.builder.update')}
              </Button>
              <ConfirmButton
                label={t('activitiesUi.builder.delete')}
                title={t('activitiesUi.builder.delete')}
                message={t('activitiesUi.builder.deleteConfirm', { name: current.name })}
                color="red"
                onConfirm={async () => {
                  await remove.mutateAsync({ id: current.id, version: current.version });
                  setCurrent(null);
                  notifySuccess(t('activitiesUi.builder.deleted'));
                }}
              />
            </>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
