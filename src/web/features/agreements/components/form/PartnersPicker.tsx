import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import { CloseButton, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePartnerOptions } from '#web/features/agreements/api/agreements';
import { useFormat } from '#web/lib/format';
import { newPartnerRow, type PartnerRow } from './formState';

type Props = {
  partners: PartnerRow[];
  errors: Record<string, string>;
  onChange: (partners: PartnerRow[], touchedPath?: string) => void;
};

/**
 * The partner institutions of an agreement: search the registry (either language, on the server) and add one at a
 * time; each chosen partner may name a faculty in both languages. Errors arrive as `partners.N.field`.
 */
export function PartnersPicker({ partners, errors, onChange }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const options = usePartnerOptions(debounced);
  const chosen = new Set(partners.map((p) => p.partnerId));
  const found = (options.data?.items ?? []).filter((p) => !chosen.has(p.id));
  const set = (i: number, field: 'facultyEn' | 'facultyZh', value: string) =>
    onChange(
      partners.map((p, j) => (j === i ? { ...p, [field]: value } : p)),
      `partners.${i}.${field}`,
    );
  const rowError = (i: number) => errors[`partners.${i}.partnerId`] ?? errors[`partners.${i}`];

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('agreementFields.partners')}
      </Title>
      <Select
        label={t('agreementsUi.form.addPartner')}
        description={t('agreementsUi.form.addPartnerHint')}
        placeholder={t('agreementsUi.form.searchPartner')}
        searchable
        required={partners.length === 0}
        value={null}
        searchValue={query}
        onSearchChange={setQuery}
        // The server already searched (both languages, codes); show its answer as it is.
        filter={({ options: all }) => all}
        data={found.map((p) => ({
          value: String(p.id),
          label: `${fmt.name(p.nameZh, p.nameEn)} (${fmt.country(p.country)})`,
        }))}
        nothingFoundMessage={options.isFetching ? t('common.loading') : t('common.noOptions')}
        error={errors.partners}
        onChange={(value) => {
          const p = found.find((o) => String(o.id) === value);
          if (!p) return;
          onChange([
            ...partners,
            newPartnerRow({ partnerId: p.id, nameEn: p.nameEn, nameZh: p.nameZh, country: p.country }),
          ]);
          setQuery('');
        }}
      />
      {partners.map((p, i) => (
        // Named by aria-label: a <legend> inside the layout row below would not name the fieldset.
        <Paper
          withBorder
          p="sm"
          radius="md"
          key={p.key}
          component="fieldset"
          m={0}
          aria-label={`${fmt.name(p.nameZh, p.nameEn)} · ${fmt.country(p.country)}`}
        >
          <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start">
            <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {fmt.name(p.nameZh, p.nameEn)} · {fmt.country(p.country)}
            </Text>
            <CloseButton
              aria-label={t('agreementsUi.form.removePartner', { name: fmt.name(p.nameZh, p.nameEn) })}
              onClick={() => onChange(partners.filter((_, j) => j !== i))}
            />
          </Group>
          {rowError(i) ? (
            <Text c="var(--mantine-color-error)" size="sm" role="alert" mb="xs">
              {rowError(i)}
            </Text>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('agreementsUi.form.facultyEn')}
              lang="en"
              value={p.facultyEn}
              error={errors[`partners.${i}.facultyEn`]}
              onChange={(e) => set(i, 'facultyEn', e.currentTarget.value)}
            />
            <TextInput
              label={t('agreementsUi.form.facultyZh')}
              lang="zh-Hant-TW"
              value={p.facultyZh}
              error={errors[`partners.${i}.facultyZh`]}
              onChange={(e) => set(i, 'facultyZh', e.currentTarget.value)}
            />
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}
