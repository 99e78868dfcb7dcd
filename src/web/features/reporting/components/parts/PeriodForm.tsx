import { businessYear } from '#shared/calendar';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/SimpleGrid.css';
import { NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PERIOD_KINDS, type PeriodKind, suggestedReferenceDate } from '#shared/reporting';
import type { Period, PeriodCreate } from '#shared/schemas/reporting';
import { FormActions } from '#web/components/ui/FormActions';
import { useServerForm } from '#web/lib/form';

type State = {
  kind: PeriodKind;
  year: number;
  quarter: string;
  nameZh: string;
  nameEn: string;
  coversFrom: string;
  coversTo: string;
  referenceDate: string;
  opensOn: string;
  closesOn: string;
};

export function periodFormState(p?: Period): State {
  const year = p?.year ?? businessYear(new Date());
  return {
    kind: p?.kind ?? 'college_quarterly',
    year,
    quarter: p?.quarter ? String(p.quarter) : '1',
    nameZh: p?.nameZh ?? '',
    nameEn: p?.nameEn ?? '',
    coversFrom: p?.coversFrom ?? '',
    coversTo: p?.coversTo ?? '',
    referenceDate: p?.referenceDate ?? '',
    opensOn: p?.opensOn ?? '',
    closesOn: p?.closesOn ?? '',
  };
}

type Props = { initial: State; onSubmit: (body: PeriodCreate) => Promise<unknown>; onCancel: () => void };

/** A reporting period: kind, year (and quarter), names, the dates its records cover, reference date, open and close. */
export function PeriodForm({ initial, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const { form, errors, formError, busy, set, text, submit } = useServerForm({
    initial,
    validate: (f, required) =>
      required(
        (['nameZh', 'nameEn', 'coversFrom', 'coversTo', 'opensOn', 'closesOn'] as const).filter((k) => !f[k].trim()),
      ),
    send: (f) =>
      onSubmit({
        ...f,
        quarter: f.kind === 'college_quarterly' ? Number(f.quarter) : null,
        referenceDate: f.referenceDate || null,
      }),
  });
  // The Ministry's windows count on 3/15 or 10/15: suggest it when the kind or year changes.
  const suggest = (kind: PeriodKind, year: number) => {
    const date = suggestedReferenceDate(kind, year);
    if (date) set('referenceDate', date);
  };
  const date = (k: 'coversFrom' | 'coversTo' | 'referenceDate' | 'opensOn' | 'closesOn') => ({
    type: 'date',
    label: t(`indicatorsUi.periodFields.${k}`),
    ...text(k),
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label={t('indicatorsUi.periodFields.kind')}
            allowDeselect={false}
            data={PERIOD_KINDS.map((k) => ({ value: k, label: t(`periodKinds.${k}`) }))}
            value={form.kind}
            error={errors.kind}
            onChange={(v) => {
              if (!v) return;
              set('kind', v as PeriodKind);
              suggest(v as PeriodKind, form.year);
            }}
          />
          <NumberInput
            label={t('indicatorsUi.periodFields.year')}
            min={2000}
            max={2100}
            allowDecimal={false}
            value={form.year}
            error={errors.year}
            onChange={(v) => {
              const year = typeof v === 'number' ? v : form.year;
              set('year', year);
              suggest(form.kind, year);
            }}
          />
          {form.kind === 'college_quarterly' ? (
            <Select
              label={t('indicatorsUi.periodFields.quarter')}
              allowDeselect={false}
              data={['1', '2', '3', '4'].map((q) => ({ value: q, label: t('indicatorsUi.targets.quarter', { q }) }))}
              value={form.quarter}
              error={errors.quarter}
              onChange={(v) => v && set('quarter', v)}
            />
          ) : null}
          <TextInput label={t('indicatorsUi.periodFields.nameZh')} lang="zh-Hant-TW" required {...text('nameZh')} />
          <TextInput label={t('indicatorsUi.periodFields.nameEn')} lang="en" required {...text('nameEn')} />
          <TextInput required {...date('coversFrom')} />
          <TextInput required {...date('coversTo')} />
          <TextInput
            {...date('referenceDate')}
            required={form.kind === 'moe_march' || form.kind === 'moe_october'}
            description={t('indicatorsUi.periodFields.referenceDateHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
          />
          <TextInput required {...date('opensOn')} />
          <TextInput required {...date('closesOn')} />
        </SimpleGrid>
        <FormActions error={formError} busy={busy} submitLabel={t('common.save')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
