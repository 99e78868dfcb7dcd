import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/SimpleGrid.css';
import { NumberInput, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FundingYear, FundingYearCreate } from '#shared/schemas/funding';
import { FormActions } from '#web/components/ui/FormActions';
import { useServerForm } from '#web/lib/form';
import { useFundingFormat } from './useFundingFormat';

type YearFormState = {
  year: number | null;
  grantedAmount: number | null;
  matchingAmount: number | null;
  notes: string;
};

export const yearFormState = (y: FundingYear | undefined, defaultYear: number): YearFormState => ({
  year: y?.year ?? defaultYear,
  grantedAmount: y?.granted ?? null,
  matchingAmount: y?.matching ?? null,
  notes: y?.notes ?? '',
});

type Props = {
  initial: YearFormState;
  /** The program's minimum matching share, to show the least matching as the grant is typed. */
  matchingMinPct: number | null;
  onSubmit: (body: FundingYearCreate) => Promise<unknown>;
  onCancel: () => void;
};

/** One academic year of a program: the sponsor's grant, the university's matching, notes. */
export function YearForm({ initial, matchingMinPct, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const fmt = useFundingFormat();
  const { form, errors, formError, busy, set, text, submit } = useServerForm({
    initial,
    validate: (f, required) =>
      required((['year', 'grantedAmount', 'matchingAmount'] as const).filter((k) => f[k] === null)),
    send: (f) =>
      onSubmit({
        year: f.year as number,
        grantedAmount: f.grantedAmount as number,
        matchingAmount: f.matchingAmount as number,
        notes: f.notes,
      }),
  });
  const number = (key: 'year' | 'grantedAmount' | 'matchingAmount') => ({
    value: form[key] ?? '',
    error: errors[key],
    allowDecimal: false,
    allowNegative: false,
    required: true,
    onChange: (v: number | string) => set(key, typeof v === 'number' ? v : null),
  });
  const least =
    matchingMinPct && form.grantedAmount !== null ? Math.ceil((form.grantedAmount * matchingMinPct) / 100) : null;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <NumberInput
            label={t('fundingUi.fields.year')}
            description={form.year ? fmt.yearLabel(form.year) : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            min={2000}
            max={2100}
            thousandSeparator={false}
            {...number('year')}
          />
          <NumberInput
            label={t('fundingUi.fields.granted')}
            min={0}
            thousandSeparator=","
            prefix="NT$"
            {...number('grantedAmount')}
          />
          <NumberInput
            label={t('fundingUi.fields.matching')}
            description={least !== null ? t('fundingUi.years.leastMatching', { amount: fmt.money(least) }) : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            min={0}
            thousandSeparator=","
            prefix="NT$"
            {...number('matchingAmount')}
          />
        </SimpleGrid>
        <Textarea label={t('fundingUi.fields.notes')} autosize minRows={2} maxRows={6} {...text('notes')} />
        <FormActions error={formError} busy={busy} submitLabel={t('common.save')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
