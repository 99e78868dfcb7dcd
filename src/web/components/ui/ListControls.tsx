import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import { Button, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from './DownloadButton';
import { ButtonLink } from './links';

type HeaderActionsProps = {
  /** The export of the current filter, when the user may export. */
  exportHref?: string;
  exportLabel: string;
  /** The create page, when the user may create. */
  newPath?: string;
  newLabel: string;
};

/** A list page's header buttons: export the current filter, create a record. */
export function ListHeaderActions({ exportHref, exportLabel, newPath, newLabel }: HeaderActionsProps) {
  return (
    <>
      {exportHref ? (
        <DownloadButton href={exportHref} variant="default">
          {exportLabel}
        </DownloadButton>
      ) : null}
      {newPath ? <ButtonLink to={newPath}>{newLabel}</ButtonLink> : null}
    </>
  );
}

type SortControlsProps<S extends string> = {
  sorts: readonly S[];
  sort: S;
  order: 'asc' | 'desc';
  label: (sort: S) => string;
  onChange: (change: { sort?: S; order?: 'asc' | 'desc' }) => void;
};

/** Sort field and direction as two selects (phones have no sortable column headers). */
export function SortControls<S extends string>({ sorts, sort, order, label, onChange }: SortControlsProps<S>) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        label={t('common.sort.by')}
        style={{ flex: 1 }}
        allowDeselect={false}
        value={sort}
        data={sorts.map((s) => ({ value: s, label: label(s) }))}
        onChange={(v) => onChange({ sort: (v as S | null) ?? undefined })}
      />
      <Select
        label={t('common.sort.order')}
        w={130}
        allowDeselect={false}
        value={order}
        data={[
          { value: 'asc', label: t('common.sort.ascending') },
          { value: 'desc', label: t('common.sort.descending') },
        ]}
        onChange={(v) => onChange({ order: v === 'desc' ? 'desc' : 'asc' })}
      />
    </Group>
  );
}
