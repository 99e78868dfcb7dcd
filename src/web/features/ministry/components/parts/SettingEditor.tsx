import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import '@mantine/core/styles/Switch.css';
import '@mantine/core/styles/NumberInput.css';
import { Button, Group, MultiSelect, NumberInput, Select, Stack, Switch, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTRIBUTIONS, INTERN_COLUMNS } from '#shared/ministry';
import { ENROLMENT_STATUSES, OUTBOUND_STUDENT_KINDS } from '#shared/mobility';
import type { CountingSetting } from '#shared/schemas/ministry';
import { fieldErrors } from '#web/lib/api';

type Props = {
  setting: CountingSetting;
  saving: boolean;
  error: unknown;
  onSave: (change: { value: unknown; sourceZh: string; sourceEn: string }) => void;
  onCancel: () => void;
};

/** Edits one setting: a control that fits its value, and where the value comes from in both languages. */
export function SettingEditor({ setting, saving, error, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState<unknown>(setting.value);
  const [sourceZh, setSourceZh] = useState(setting.sourceZh ?? '');
  const [sourceEn, setSourceEn] = useState(setting.sourceEn ?? '');
  const errors = fieldErrors(error);
  const label = t(`ministry.settings.labels.${setting.key}`);
  const valueError = errors['settings.0.value'];
  const list = (options: readonly string[], prefix: string) => (
    <MultiSelect
      label={label}
      data={options.map((o) => ({ value: o, label: t(`${prefix}.${o}`) }))}
      value={Array.isArray(value) ? (value as string[]) : []}
      onChange={setValue}
      error={valueError}
    />
  );
  const choice = (options: readonly string[], prefix: string) => (
    <Select
      label={label}
      allowDeselect={false}
      data={options.map((o) => ({ value: o, label: t(`${prefix}.${o}`) }))}
      value={String(value)}
      onChange={(v) => setValue(v)}
      error={valueError}
    />
  );
  const control = () => {
    switch (setting.key) {
      case 'outbound_kinds':
        return list(OUTBOUND_STUDENT_KINDS, 'mobilityKinds');
      case 'excluded_statuses':
        return list(ENROLMENT_STATUSES, 'mobilityStatuses');
      case 'attribution':
        return choice(ATTRIBUTIONS, 'ministry.settings.attributions');
      case 'intern_column':
        return choice(INTERN_COLUMNS, 'ministry.settings.internColumns');
      case 'outbound_non_credit':
      case 'include_evening':
      case 'outbound_domestic_only':
      case 'foundation_in_tvc_4_2_3':
        return (
          <Switch
            label={label}
            checked={value === true}
            onChange={(e) => setValue(e.currentTarget.checked)}
            error={valueError}
          />
        );
      default:
        return (
          <NumberInput
            label={label}
            value={Number(value)}
            onChange={(v) => setValue(Number(v))}
            allowDecimal={false}
            error={valueError}
          />
        );
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ value, sourceZh, sourceEn });
      }}
    >
      <Stack gap="sm">
        {control()}
        <Textarea
          label={t('ministryUi.sourceZh')}
          value={sourceZh}
          onChange={(e) => setSourceZh(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Textarea
          label={t('ministryUi.sourceEn')}
          value={sourceEn}
          onChange={(e) => setSourceEn(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('ministryUi.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('ministryUi.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
