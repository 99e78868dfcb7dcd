import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssignees } from '../api/visits';

type Option = { id: number; name: string };
type Props = { visitId: number; value: Option | null; error?: string; onChange: (o: Option | null) => void };

/**
 * The owner of a follow-up: colleagues who may open the visit, searched on the server by name or e-mail
 * (the API answers names only, and only to those who may edit the visit). The chosen one stays listed.
 */
export function AssigneeSelect({ visitId, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value?.name ?? '');
  const [q] = useDebouncedValue(search === value?.name ? '' : search, 250);
  const found = useAssignees(visitId, q);
  const options = [...(found.data?.items ?? [])];
  if (value && !options.some((o) => o.id === value.id)) options.unshift(value);
  return (
    <Select
      label={t('visitsUi.assignee')}
      required
      searchable
      w={220}
      data={options.map((o) => ({ value: String(o.id), label: o.name }))}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('common.noOptions')}
      value={value ? String(value.id) : null}
      error={error}
      onChange={(v) => onChange(options.find((o) => String(o.id) === v) ?? null)}
    />
  );
}
