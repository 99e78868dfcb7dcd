import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUnitOptions } from '../../lib/reference';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: number | null;
  onChange: (id: number | null) => void;
};

/** Choose a unit of the university's unit tree (indented by depth, searchable). */
export function UnitSelect({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const options = useUnitOptions();
  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={t('common.noOptions')}
      {...rest}
      data={options}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(v ? Number(v) : null)}
    />
  );
}
