import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '#shared/roles';
import type { RoleMapping } from '#shared/schemas/sso';
import { UnitSelect } from '#web/components/ui/UnitSelect';

export type MappingDraft = { value: string; role: Role | null; unitId: number | null };
export const toDraft = (m: RoleMapping): MappingDraft => ({ ...m });

type Props = { value: MappingDraft[]; onChange: (v: MappingDraft[]) => void; errors: Record<string, string> };

/** Claim value → role in a unit; the rows wrap to one column on a phone. */
export function RoleMapEditor({ value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<MappingDraft>) =>
    onChange(value.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('identityProvidersUi.form.roleMap')}
      </Text>
      {value.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own until saved
        <Group key={i} gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            label={t('identityProvidersUi.form.roleValue')}
            value={m.value}
            error={errors[`roleMap.${i}.value`]}
            onChange={(e) => set(i, { value: e.currentTarget.value })}
            style={{ flex: '1 1 10rem' }}
          />
          <Select
            label={t('identityProvidersUi.form.role')}
            data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            value={m.role}
            error={errors[`roleMap.${i}.role`]}
            onChange={(role) => set(i, { role: role as Role | null })}
            style={{ flex: '1 1 10rem' }}
          />
          <UnitSelect
            label={t('identityProvidersUi.form.unit')}
            value={m.unitId}
            error={errors[`roleMap.${i}.unitId`]}
            onChange={(unitId) => set(i, { unitId })}
            style={{ flex: '1 1 12rem' }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('identityProvidersUi.form.removeMapping')}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <div>
        <Button variant="light" size="xs" onClick={() => onChange([...value, { value: '', role: null, unitId: null }])}>
          {t('identityProvidersUi.form.addMapping')}
        </Button>
      </div>
    </Stack>
  );
}
