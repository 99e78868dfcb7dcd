import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { academicYearAt, academicYearShortLabelParams } from '#shared/calendar';
import { AcademicYearSelect } from '#web/components/ui/AcademicYearSelect';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { useCreateWindow, useNominationWindows } from '../api/nominations';

const TERMS = ['autumn', 'spring'] as const;

/**
 * The nomination windows partners nominate in (issue 21): open one per academic year and term. Dates left
 * empty take the defaults (1 Mar–1 Apr for autumn, 1 Oct–1 Nov for spring; applications to 15 May
 * and 15 December), which the server fills in.
 */
export function WindowsPanel() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const windows = useNominationWindows();
  const create = useCreateWindow();
  const [year, setYear] = useState<number | null>(academicYearAt(new Date()) + 1);
  const [term, setTerm] = useState<(typeof TERMS)[number]>('autumn');
  const [dates, setDates] = useState({ opensOn: '', closesOn: '', applicationsCloseOn: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const today = new Date().toISOString().slice(0, 10);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    try {
      await create.mutateAsync({
        academicYear: year ?? 0,
        term,
        opensOn: dates.opensOn || undefined,
        closesOn: dates.closesOn || undefined,
        applicationsCloseOn: dates.applicationsCloseOn || undefined,
      });
      setDates({ opensOn: '', closesOn: '', applicationsCloseOn: '' });
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  }
  const date = (key: keyof typeof dates) => ({
    type: 'date',
    value: dates[key],
    error: errors[key],
    label: t(`nominationsUi.windows.${key}`),
    onChange: (e: { currentTarget: { value: string } }) => setDates({ ...dates, [key]: e.currentTarget.value }),
  });
  const items = windows.data?.items ?? [];
  return (
    <Stack>
      <ErrorAlert error={windows.error ?? create.error} onRetry={() => void windows.refetch()} />
      <form onSubmit={submit} noValidate>
        <Group align="end" wrap="wrap">
          <AcademicYearSelect
            label={t('nominationsUi.windows.academicYear')}
            value={year}
            onChange={setYear}
            ahead={3}
            back={1}
            required
            error={errors.academicYear}
          />
          <Select
            label={t('nominationsUi.windows.term')}
            data={TERMS.map((v) => ({ value: v, label: t(`nominationTerms.${v}`) }))}
            value={term}
            onChange={(v) => setTerm((v as (typeof TERMS)[number]) ?? 'autumn')}
            error={errors.term}
          />
          <TextInput {...date('opensOn')} />
          <TextInput {...date('closesOn')} />
          <TextInput {...date('applicationsCloseOn')} />
          <Button type="submit" loading={create.isPending}>
            {t('nominationsUi.windows.create')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mt={4}>
          {t('nominationsUi.windows.defaults')}
        </Text>
      </form>
      {items.length === 0 ? (
        <Text c="dimmed">{t('nominationsUi.windows.none')}</Text>
      ) : (
        <ScrollTable label={t('nominationsUi.windows.title')} minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('nominationsUi.windows.academicYear')}</Table.Th>
                <Table.Th>{t('nominationsUi.windows.term')}</Table.Th>
                <Table.Th>{t('nominationsUi.windows.opensOn')}</Table.Th>
                <Table.Th>{t('nominationsUi.windows.closesOn')}</Table.Th>
                <Table.Th>{t('nominationsUi.windows.applicationsCloseOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((w) => (
                <Table.Tr key={w.id}>
                  <Table.Td>{t('common.academicYearOption', academicYearShortLabelParams(w.academicYear))}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {t(`nominationTerms.${w.term}`)}
                      {w.opensOn <= today && today <= w.closesOn ? (
                        <Badge color="green" variant="light">
                          {t('nominationsUi.windowOpen')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>{fmt.date(w.opensOn)}</Table.Td>
                  <Table.Td>{fmt.date(w.closesOn)}</Table.Td>
                  <Table.Td>{fmt.date(w.applicationsCloseOn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
