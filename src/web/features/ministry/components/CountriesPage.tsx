import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import { Button, Modal, Select, Stack, Table, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MOE_REGIONS } from '#shared/regions.data';
import type { CountryRow } from '#shared/schemas/countries';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { fieldErrors } from '#web/lib/api';
import { notifySuccess } from '#web/lib/notify';
import { useCan } from '#web/lib/session';
import { useCountries, useSaveCountry } from '../api/ministry';
import '../i18n';

/**
 * The Ministry's countries and areas (國家(地區)別): the names the tables and exports write (香港, 澳門,
 * 中國大陸), the Ministry's code, the region, and their source; administrators correct them.
 */
export function CountriesPage() {
  const { t } = useTranslation();
  const countries = useCountries();
  const canEdit = useCan('countries', 'update');
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<CountryRow | null>(null);
  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    return (countries.data ?? []).filter(
      (c) => !q || [c.country, c.nameZh, c.nameEn, c.moeCode].some((v) => v?.toLowerCase().includes(q)),
    );
  }, [countries.data, search]);
  return (
    <Stack gap="md">
      <PageHeader title={t('ministryUi.countries.title')} subtitle={t('ministryUi.countries.subtitle')} />
      <TextInput
        label={t('ministryUi.countries.search')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        w={{ base: '100%', sm: 320 }}
      />
      {countries.error ? <ErrorAlert error={countries.error} onRetry={() => void countries.refetch()} /> : null}
      {countries.isPending ? <Loading /> : null}
      <ScrollTable label={t('ministryUi.countries.title')} minWidth={720}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              {['code', 'nameZh', 'nameEn', 'moeCode', 'region', 'source'].map((k) => (
                <Table.Th key={k}>{t(`ministryUi.countries.${k}`)}</Table.Th>
              ))}
              {canEdit ? <Table.Th /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.country}>
                <Table.Td>{c.country}</Table.Td>
                <Table.Td>{c.nameZh}</Table.Td>
                <Table.Td>{c.nameEn}</Table.Td>
                <Table.Td>{c.moeCode}</Table.Td>
                <Table.Td>{t(`regions.${c.region}`)}</Table.Td>
                <Table.Td>{c.nameSource}</Table.Td>
                {canEdit ? (
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setEditing(c)}
                      aria-label={t('ministryUi.countries.editOne', { name: c.nameZh ?? c.country })}
                    >
                      {t('ministryUi.edit')}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {editing ? <CountryEditor country={editing} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}

function CountryEditor({ country: c, onClose }: { country: CountryRow; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCountry();
  const [form, setForm] = useState({
    region: c.region as string,
    nameZh: c.nameZh ?? '',
    nameEn: c.nameEn ?? '',
    moeCode: c.moeCode ?? '',
    nameSource: c.nameSource ?? '',
  });
  const errors = fieldErrors(save.error);
  const text = (key: 'nameZh' | 'nameEn' | 'moeCode' | 'nameSource') => (
    <TextInput
      label={t(`ministryUi.countries.${key === 'nameSource' ? 'source' : key}`)}
      value={form[key]}
      error={errors[key]}
      onChange={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
    />
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('ministryUi.countries.editOne', { name: c.nameZh ?? c.country })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        {text('nameZh')}
        {text('nameEn')}
        {text('moeCode')}
        <Select
          label={t('ministryUi.countries.region')}
          data={MOE_REGIONS.map((r) => ({ value: r, label: t(`regions.${r}`) }))}
          value={form.region}
          onChange={(v) => v && setForm({ ...form, region: v })}
        />
        {text('nameSource')}
        {save.error && !Object.keys(errors).length ? <ErrorAlert error={save.error} /> : null}
        <Button
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              {
                country: c.country,
                ...form,
                region: form.region as CountryRow['region'],
                moeCode: form.moeCode.trim() || null,
                version: c.version,
              },
              {
                onSuccess: () => {
                  notifySuccess(t('ministryUi.saved'));
                  onClose();
                },
              },
            )
          }
        >
          {t('ministryUi.save')}
        </Button>
      </Stack>
    </Modal>
  );
}
