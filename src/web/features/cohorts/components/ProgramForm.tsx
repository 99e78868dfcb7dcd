import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COHORT_ORG_ROLES } from '#shared/cohorts';
import type { CohortProgramCreate } from '#shared/schemas/cohorts';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import { fieldErrors } from '#web/lib/api';
import '../i18n';

type Org = CohortProgramCreate['organisations'][number];
export const emptyProgram = (unitId: number | null): CohortProgramCreate => ({
  unitId: unitId ?? 0,
  nameZh: '',
  nameEn: '',
  startDate: '',
  endDate: '',
  places: 20,
  applicationsOpen: false,
  minAttendance: 80,
  descriptionZh: null,
  descriptionEn: null,
  organisations: [],
});

type Props = {
  initial: CohortProgramCreate;
  busy: boolean;
  onSubmit: (value: CohortProgramCreate) => Promise<unknown>;
  onCancel: () => void;
};

/** The program's details with its partner organisations, sponsors and their funding. */
export function ProgramForm({ initial, busy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof CohortProgramCreate>(key: K, value: CohortProgramCreate[K]) =>
    setV((p) => ({ ...p, [key]: value }));
  const setOrg = (i: number, patch: Partial<Org>) =>
    set(
      'organisations',
      v.organisations.map((o, j) => (j === i ? { ...o, ...patch } : o)),
    );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    try {
      await onSubmit(v);
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <UnitSelect
          label={t('cohortsUi.form.unit')}
          value={v.unitId || null}
          onChange={(id) => set('unitId', id ?? 0)}
          error={errors.unitId}
          required
        />
        <TextInput
          label={t('cohortsUi.form.nameZh')}
          value={v.nameZh}
          onChange={(e) => set('nameZh', e.currentTarget.value)}
          error={errors.nameZh}
          required
        />
        <TextInput
          label={t('cohortsUi.form.nameEn')}
          value={v.nameEn}
          onChange={(e) => set('nameEn', e.currentTarget.value)}
          error={errors.nameEn}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('cohortsUi.form.startDate')}
            value={v.startDate}
            onChange={(e) => set('startDate', e.currentTarget.value)}
            error={errors.startDate}
            required
          />
          <TextInput
            type="date"
            label={t('cohortsUi.form.endDate')}
            value={v.endDate}
            onChange={(e) => set('endDate', e.currentTarget.value)}
            error={errors.endDate}
            required
          />
          <NumberInput
            label={t('cohortsUi.form.places')}
            min={1}
            value={v.places}
            onChange={(n) => set('places', Number(n) || 0)}
            error={errors.places}
            required
          />
          <NumberInput
            label={t('cohortsUi.form.minAttendance')}
            min={0}
            max={100}
            suffix="%"
            value={v.minAttendance}
            onChange={(n) => set('minAttendance', Number(n) || 0)}
            error={errors.minAttendance}
          />
        </SimpleGrid>
        <Checkbox
          label={t('cohortsUi.form.applicationsOpen')}
          checked={v.applicationsOpen}
          onChange={(e) => set('applicationsOpen', e.currentTarget.checked)}
        />
        <Textarea
          label={t('cohortsUi.form.descriptionZh')}
          autosize
          minRows={2}
          value={v.descriptionZh ?? ''}
          onChange={(e) => set('descriptionZh', e.currentTarget.value || null)}
        />
        <Textarea
          label={t('cohortsUi.form.descriptionEn')}
          autosize
          minRows={2}
          value={v.descriptionEn ?? ''}
          onChange={(e) => set('descriptionEn', e.currentTarget.value || null)}
        />
        <Text fw={600}>{t('cohortsUi.organisations')}</Text>
        {v.organisations.map((o, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
          <Stack key={i} gap="xs" p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
            <Group justify="space-between" wrap="nowrap">
              <Select
                label={t('cohortsUi.form.orgRole')}
                data={COHORT_ORG_ROLES.map((r) => ({ value: r, label: t(`cohorts.orgRoles.${r}`) }))}
                value={o.role}
                onChange={(r) => setOrg(i, { role: (r ?? 'other') as Org['role'] })}
                allowDeselect={false}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('cohortsUi.form.removeOrg')}
                onClick={() =>
                  set(
                    'organisations',
                    v.organisations.filter((_, j) => j !== i),
                  )
                }
              >
                ×
              </ActionIcon>
            </Group>
            <TextInput
              label={t('cohortsUi.form.orgNameZh')}
              value={o.nameZh}
              onChange={(e) => setOrg(i, { nameZh: e.currentTarget.value })}
              error={errors[`organisations.${i}.nameZh`]}
              required
            />
            <TextInput
              label={t('cohortsUi.form.orgNameEn')}
              value={o.nameEn}
              onChange={(e) => setOrg(i, { nameEn: e.currentTarget.value })}
              error={errors[`organisations.${i}.nameEn`]}
              required
            />
            <NumberInput
              label={t('cohortsUi.form.funding')}
              min={0}
              thousandSeparator=","
              value={o.fundingNtd ?? ''}
              onChange={(n) => setOrg(i, { fundingNtd: n === '' ? null : Number(n) })}
              error={errors[`organisations.${i}.fundingNtd`]}
            />
          </Stack>
        ))}
        <Button
          variant="light"
          onClick={() =>
            set('organisations', [
              ...v.organisations,
              { role: 'government', partnerId: null, nameZh: '', nameEn: '', fundingNtd: null },
            ])
          }
        >
          {t('cohortsUi.form.addOrg')}
        </Button>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
