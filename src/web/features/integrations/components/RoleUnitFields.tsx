import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INTEGRATION_ROLES, type IntegrationRole } from '#shared/integrations';
import { UnitSelect } from '#web/components/ui/UnitSelect';

type Props = {
  role: IntegrationRole;
  unitId: number | null;
  onRole: (r: IntegrationRole) => void;
  onUnit: (id: number | null) => void;
  errors: Record<string, string>;
};

/** The role and unit a token or a subscription acts as: what it may read follows from them. */
export function RoleUnitFields({ role, unitId, onRole, onUnit, errors }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        label={t('integrationsUi.role')}
        data={INTEGRATION_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        value={role}
        onChange={(v) => v && onRole(v as IntegrationRole)}
        allowDeselect={false}
        error={errors.role}
        required
      />
      <UnitSelect label={t('integrationsUi.unit')} value={unitId} onChange={onUnit} error={errors.unitId} required />
    </>
  );
}
