import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import { Button, CloseButton, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '#shared/roles';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import { newRole, type RoleRow } from './formState';

type Props = {
  roles: RoleRow[];
  errors: Record<string, string>;
  onChange: (roles: RoleRow[], touchedPath?: string) => void;
};

/** Role assignments: each a role held in a unit (a coordinator in their college, staff in their division…). */
export function RolesEditor({ roles, errors, onChange }: Props) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<RoleRow>, field: string) =>
    onChange(
      roles.map((r, j) => (j === i ? { ...r, ...patch } : r)),
      `roles.${i}.${field}`,
    );
  return (
    <Stack gap="sm" component="fieldset" p={0} m={0} style={{ border: 0 }}>
      <Text component="legend" fw={700} p={0} mb="xs">
        {t('users.form.roles')}
      </Text>
      {errors.roles ? (
        <Text c="var(--mantine-color-error)" size="sm" role="alert">
          {errors.roles}
        </Text>
      ) : null}
      {roles.map((r, i) => (
        <Group key={r.key} align="flex-start" gap="sm" wrap="wrap">
          <Select
            label={t('users.form.roleN', { n: i + 1 })}
            required
            style={{ flex: '1 1 14rem' }}
            data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            value={r.role}
            error={errors[`roles.${i}.role`]}
            onChange={(v) => set(i, { role: v as Role | null }, 'role')}
          />
          <UnitSelect
            label={t('users.form.unitN', { n: i + 1 })}
            required
            style={{ flex: '2 1 16rem' }}
            value={r.unitId}
            error={errors[`roles.${i}.unitId`]}
            onChange={(v) => set(i, { unitId: v }, 'unitId')}
          />
          <CloseButton
            mt={28}
            aria-label={t('users.form.removeRole', { n: i + 1 })}
            disabled={roles.length === 1}
            onClick={() => onChange(roles.filter((_, j) => j !== i))}
          />
        </Group>
      ))}
      <div>
        <Button variant="default" onClick={() => onChange([...roles, newRole()])}>
          {t('users.form.addRole')}
        </Button>
      </div>
    </Stack>
  );
}
