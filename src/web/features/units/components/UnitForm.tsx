import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import { MultiSelect, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROGRAM_TYPES, type ProgramType } from '#shared/mobility';
import { UNIT_KINDS, type UnitKind } from '#shared/roles';
import { FormActions } from '#web/components/ui/FormActions';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import { useServerForm } from '#web/lib/form';
import { missingRequired, type UnitFormState } from './unitForm.state';

type Props = {
  initial: UnitFormState;
  submitLabel: string;
  onSubmit: (values: UnitFormState) => Promise<unknown>;
  onConflict?: (err: unknown) => void;
  cancelTo: string;
};

/** Create or edit a unit: both names, code, kind, parent, the MoE department code and its program types. */
export function UnitForm({ initial, submitLabel, onSubmit, onConflict, cancelTo }: Props) {
  const { t } = useTranslation();
  const { form, errors, formError, busy, set, text, submit } = useServerForm({
    initial,
    validate: (f, required) => required(missingRequired(f)),
    send: onSubmit,
    onConflict,
  });
  const isRoot = form.kind === 'university';

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('unitFields.nameZh')} lang="zh-Hant-TW" required {...text('nameZh')} />
            <TextInput label={t('unitFields.nameEn')} lang="en" required {...text('nameEn')} />
            <TextInput
              label={t('unitFields.code')}
              description={t('unitsUi.form.codeHint')}
              required
              autoCapitalize="characters"
              {...text('code')}
            />
            <Select
              label={t('unitFields.kind')}
              allowDeselect={false}
              data={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKinds.${k}`) }))}
              value={form.kind}
              error={errors.kind}
              onChange={(v) => v && set('kind', v as UnitKind)}
            />
            {isRoot ? null : (
              <UnitSelect
                label={t('unitFields.parent')}
                description={t('unitsUi.form.parentHint')}
                required
                value={form.parentId}
                error={errors.parentId}
                onChange={(id) => set('parentId', id)}
              />
            )}
            <TextInput
              label={t('unitFields.moeCode')}
              description={t('unitsUi.form.moeCodeHint')}
              {...text('moeCode')}
            />
            <MultiSelect
              label={t('unitFields.programTypes')}
              description={t('unitsUi.form.programTypesHint')}
              data={PROGRAM_TYPES.map((p) => ({ value: p, label: t(`programTypes.${p}`) }))}
              value={form.programTypes}
              error={errors.programTypes ?? errors['programTypes.0']}
              onChange={(v) => set('programTypes', v as ProgramType[])}
              clearable
            />
          </SimpleGrid>
        </Paper>
        <FormActions error={formError} busy={busy} submitLabel={submitLabel} cancelTo={cancelTo} />
      </Stack>
    </form>
  );
}
