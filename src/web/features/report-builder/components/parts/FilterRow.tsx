import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/SimpleGrid.css';
import { ActionIcon, Group, MultiSelect, NumberInput, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MOE_REGIONS } from '#shared/regions.data';
import { type BuilderField, type FilterOp, OPS_BY_TYPE } from '#shared/report-builder';
import type { BuilderFilter } from '#shared/schemas/report-builder';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import { useCountryOptions, useUnitOptions } from '#web/lib/reference';

type Props = {
  fields: BuilderField[];
  filter: BuilderFilter;
  onChange: (filter: BuilderFilter) => void;
  onRemove: () => void;
  index: number;
};

/** The choices of an enum-like field (enum labels, MoE regions, countries, units), labelled in the reader's language. */
function useChoices(field: BuilderField | undefined) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const units = useUnitOptions();
  if (!field) return [];
  if (field.type === 'enum') return (field.values ?? []).map((v) => ({ value: v, label: t(`${field.labels}.${v}`) }));
  if (field.type === 'region') return MOE_REGIONS.map((v) => ({ value: v, label: t(`regions.${v}`) }));
  if (field.type === 'country') return countries;
  if (field.type === 'unit') return units.map(({ value, label }) => ({ value, label }));
  return [];
}

/** One condition: a field, an operator its type takes (`notEmpty` is `empty` with `not`), and its value(s). */
export function FilterRow({ fields, filter, onChange, onRemove, index }: Props) {
  const { t } = useTranslation();
  const field = fields.find((f) => f.key === filter.field);
  const choices = useChoices(field);
  const ops = field ? OPS_BY_TYPE[field.type] : [];
  const opValue = filter.op === 'empty' && filter.not ? 'notEmpty' : filter.op;
  const opOptions = ops.flatMap((op) =>
    op === 'empty'
      ? [
          { value: 'empty', label: t('activitiesUi.builder.ops.empty') },
          { value: 'notEmpty', label: t('activitiesUi.builder.ops.notEmpty') },
        ]
      : [{ value: op, label: t(`activitiesUi.builder.ops.${op}`) }],
  );
  const numeric = field?.type === 'unit' || field?.type === 'number';
  const cast = (v: string) => (field?.type === 'unit' ? Number(v) : v);
  const label = `${t('activitiesUi.builder.value')} ${index + 1}`;

  let value: ReactNode = null;
  if (field && filter.op === 'eq' && field.type === 'boolean')
    value = (
      <Select
        label={label}
        data={[
          { value: 'true', label: t('common.yes') },
          { value: 'false', label: t('common.no') },
        ]}
        value={filter.value === undefined ? null : String(filter.value)}
        onChange={(v) => onChange({ ...filter, value: v === null ? undefined : v === 'true' })}
      />
    );
  else if (field && filter.op === 'eq' && field.type === 'unit')
    value = (
      <UnitSelect
        label={label}
        value={typeof filter.value === 'number' ? filter.value : null}
        onChange={(id) => onChange({ ...filter, value: id ?? undefined })}
      />
    );
  else if (field && filter.op === 'eq' && choices.length)
    value = (
      <Select
        label={label}
        searchable
        data={choices}
        value={filter.value === undefined ? null : String(filter.value)}
        onChange={(v) => onChange({ ...filter, value: v ?? undefined })}
      />
    );
  else if (field && filter.op === 'in')
    value = (
      <MultiSelect
        label={label}
        searchable
        data={choices}
        value={(filter.values ?? []).map(String)}
        onChange={(vs) => onChange({ ...filter, values: vs.map(cast) })}
      />
    );
  else if (field && filter.op === 'between') {
    const bound = (key: 'from' | 'to') =>
      numeric ? (
        <NumberInput
          label={t(`activitiesUi.builder.${key}`)}
          value={typeof filter[key] === 'number' ? (filter[key] as number) : ''}
          onChange={(v) => onChange({ ...filter, [key]: typeof v === 'number' ? v : undefined })}
        />
      ) : (
        <TextInput
          type="date"
          label={t(`activitiesUi.builder.${key}`)}
          value={typeof filter[key] === 'string' ? (filter[key] as string) : ''}
          onChange={(e) => onChange({ ...filter, [key]: e.currentTarget.value || undefined })}
        />
      );
    value = (
      <Group grow gap="xs" align="flex-end">
        {bound('from')}
        {bound('to')}
      </Group>
    );
  } else if (field && filter.op !== 'empty')
    value = numeric ? (
      <NumberInput
        label={label}
        value={typeof filter.value === 'number' ? filter.value : ''}
        onChange={(v) => onChange({ ...filter, value: typeof v === 'number' ? v : undefined })}
      />
    ) : (
      <TextInput
        type={field.type === 'date' ? 'date' : 'text'}
        label={label}
        value={typeof filter.value === 'string' ? filter.value : ''}
        onChange={(e) => onChange({ ...filter, value: e.currentTarget.value || undefined })}
      />
    );

  return (
    <Paper withBorder p="xs" radius="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" style={{ alignItems: 'end' }}>
        <Select
          label={`${t('activitiesUi.builder.field')} ${index + 1}`}
          searchable
          allowDeselect={false}
          data={fields.map((f) => ({ value: f.key, label: t(f.label) }))}
          value={filter.field}
          onChange={(key) => {
            const next = fields.find((f) => f.key === key);
            if (next) onChange({ field: next.key, op: OPS_BY_TYPE[next.type][0] as FilterOp });
          }}
        />
        <Select
          label={`${t('activitiesUi.builder.op')} ${index + 1}`}
          allowDeselect={false}
          data={opOptions}
          value={opValue}
          onChange={(op) =>
            op &&
            onChange({
              field: filter.field,
              op: (op === 'notEmpty' ? 'empty' : op) as FilterOp,
              not: op === 'notEmpty' || undefined,
            })
          }
        />
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <div style={{ flex: 1 }}>{value}</div>
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            onClick={onRemove}
            aria-label={`${t('activitiesUi.builder.removeFilter')} ${index + 1}`}
          >
            ×
          </ActionIcon>
        </Group>
      </SimpleGrid>
    </Paper>
  );
}
