import { Select } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '#web/lib/api';
import { useFormat } from '#web/lib/format';

type PartnerOption = { id: number; nameZh: string | null; nameEn: string; country: string };

/** Partner choices from the registry as the user types, with the chosen one kept in the list. */
function usePartnerOptions(q: string, partnerId: number | null) {
  return useQuery({
    queryKey: ['partner-options', q, partnerId],
    queryFn: async () => {
      const page = await api.get<Page<PartnerOption>>('/partners', { q: q || undefined, pageSize: 30 });
      if (partnerId && !page.items.some((p) => p.id === partnerId))
        page.items.unshift(await api.get<PartnerOption>(`/partners/${partnerId}`));
      return page.items;
    },
    placeholderData: keepPreviousData,
  });
}

type Props = {
  label: string;
  value: number | null;
  error?: string;
  onChange: (partnerId: number | null) => void;
};

/** One partner, searched on the server by name or code: "名稱 Name (Country)". */
export function PartnerSelect({ label, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [q, setQ] = useState('');
  const partners = usePartnerOptions(q, value);
  return (
    <Select
      label={label}
      searchable
      clearable
      data={(partners.data ?? []).map((p) => ({
        value: String(p.id),
        label: `${fmt.name(p.nameZh, p.nameEn)} (${fmt.country(p.country)})`,
      }))}
      searchValue={q}
      onSearchChange={setQ}
      filter={({ options }) => options}
      nothingFoundMessage={t('common.noOptions')}
      value={value ? String(value) : null}
      error={error}
      onChange={(v) => onChange(v ? Number(v) : null)}
    />
  );
}
