import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_ACTIONS, type ImportAction, type ImportSheet } from '#shared/enums';

const ALL = 'all';

/** Which sheet's lines to show (of the batch's kind's sheets). */
export function SheetSelect({
  sheets,
  value,
  onChange,
}: {
  sheets: readonly ImportSheet[];
  value?: ImportSheet;
  onChange: (s: ImportSheet | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('importsUi.report.sheet')}
      w={{ base: '100%', xs: 220 }}
      mb="xs"
      allowDeselect={false}
      value={value ?? ALL}
      data={[
        { value: ALL, label: t('importsUi.report.allSheets') },
        ...sheets.map((s) => ({ value: s, label: t(`imports.sheets.${s}`) })),
      ]}
      onChange={(v) => onChange(v === ALL || !v ? undefined : (v as ImportSheet))}
    />
  );
}

/** Which rows to show by what happens to them. */
export function ActionSelect({
  value,
  onChange,
}: {
  value?: ImportAction;
  onChange: (a: ImportAction | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('importsUi.report.action')}
      w={{ base: '100%', xs: 220 }}
      mb="xs"
      allowDeselect={false}
      value={value ?? ALL}
      data={[
        { value: ALL, label: t('importsUi.report.allActions') },
        ...IMPORT_ACTIONS.map((a) => ({ value: a, label: t(`importsUi.actions.${a}`) })),
      ]}
      onChange={(v) => onChange(v === ALL || !v ? undefined : (v as ImportAction))}
    />
  );
}
