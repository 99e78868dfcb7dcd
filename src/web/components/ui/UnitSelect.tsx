import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import { Group, Select, type SelectProps, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitOptions, useUnits } from '#web/lib/reference';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: number | null;
  onChange: (id: number | null) => void;
};

/** Choose an active unit of the university's unit tree (indented by depth, with its kind; searchable). */
export function UnitSelect({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const options = useUnitOptions();
  const { data: units } = useUnits();
  const kinds = useMemo(() => new Map((units ?? []).map((u) => [String(u.id), u.kind])), [units]);
  // An inactive unit is offered only when it is the value already (records keep pointing to it).
  const inactive = useMemo(() => new Set((units ?? []).filter((u) => !u.active).map((u) => String(u.id))), [units]);
  const depths = useMemo(() => new Map(options.map((o) => [o.value, o.depth])), [options]);
  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={t('common.noOptions')}
      {...rest}
      data={options
        .filter((o) => !inactive.has(o.value) || o.value === String(value))
        .map(({ value, label }) => ({ value, label }))}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(v ? Number(v) : null)}
      renderOption={({ option }) => {
        const kind = kinds.get(option.value);
        return (
          <Group justify="space-between" wrap="nowrap" gap="xs" w="100%">
            <span style={{ paddingInlineStart: `${(depths.get(option.value) ?? 0) * 0.9}rem` }}>{option.label}</span>
            {kind ? (
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t(`unitKinds.${kind}`)}
              </Text>
            ) : null}
          </Group>
        );
      }}
    />
  );
}
