import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Alert, Button, NumberInput, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AwardCreate, AwardOption, MobilityAward } from '#shared/schemas/funding';
import { FormActions } from '#web/components/ui/FormActions';
import { useServerForm } from '#web/lib/form';
import { useFundingFormat } from './useFundingFormat';

type AwardFormState = {
  fundingYearId: number | null;
  amount: number | null;
  spentAmount: number | null;
  notes: string;
};

export const awardFormState = (a?: MobilityAward): AwardFormState => ({
  fundingYearId: a?.fundingYearId ?? null,
  amount: a?.amount ?? null,
  spentAmount: a?.spentAmount ?? 0,
  notes: a?.notes ?? '',
});

type Props = {
  initial: AwardFormState;
  options: AwardOption[];
  onSubmit: (body: AwardCreate) => Promise<unknown>;
  onCancel: () => void;
};

/**
 * An award from a program-year: which one (with its balance), the amount and what has been paid. For a
 * program with a monthly stipend (TEEP) it shows the stipend prorated by the days of the stay, to take over.
 */
export function AwardForm({ initial, options, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const fmt = useFundingFormat();
  const { form, errors, formError, busy, set, text, submit } = useServerForm({
    initial,
    validate: (f, required) => required((['fundingYearId', 'amount'] as const).filter((k) => f[k] === null)),
    send: (f) =>
      onSubmit({
        fundingYearId: f.fundingYearId as number,
        amount: f.amount as number,
        spentAmount: f.spentAmount ?? 0,
        notes: f.notes,
      }),
  });
  const option = options.find((o) => o.fundingYearId === form.fundingYearId);
  const money = (key: 'amount' | 'spentAmount') => ({
    value: form[key] ?? '',
    error: errors[key],
    allowDecimal: false,
    allowNegative: false,
    min: 0,
    thousandSeparator: ',',
    prefix: 'NT$',
    onChange: (v: number | string) => set(key, typeof v === 'number' ? v : null),
  });
  const label = (o: AwardOption) =>
    `${fmt.name(o.programNameZh, o.programNameEn)} · ${fmt.yearLabel(o.year)} (${t('fundingUi.mobility.balance', {
      amount: fmt.money(o.balance),
    })})`;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label={t('fundingUi.mobility.programYear')}
          required
          searchable
          nothingFoundMessage={t('common.noOptions')}
          data={options.map((o) => ({ value: String(o.fundingYearId), label: label(o) }))}
          value={form.fundingYearId ? String(form.fundingYearId) : null}
          error={errors.fundingYearId}
          onChange={(v) => set('fundingYearId', v ? Number(v) : null)}
        />
        {option?.monthlyStipend ? (
          <Alert variant="light" color="blue" title={t('fundingUi.mobility.suggestionTitle')}>
            <Stack gap={6}>
              <Text size="sm">
                {option.suggestedAmount !== null
                  ? t('fundingUi.mobility.suggestion', {
                      amount: fmt.money(option.suggestedAmount),
                      monthly: fmt.money(option.monthlyStipend),
                    })
                  : t('fundingUi.mobility.suggestionNoDates', { monthly: fmt.money(option.monthlyStipend) })}
              </Text>
              {option.suggestedAmount !== null ? (
                <div>
                  <Button size="compact-sm" variant="default" onClick={() => set('amount', option.suggestedAmount)}>
                    {t('fundingUi.mobility.useSuggestion')}
                  </Button>
                </div>
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput label={t('fundingUi.fields.amount')} required {...money('amount')} />
          <NumberInput label={t('fundingUi.fields.spentAmount')} {...money('spentAmount')} />
        </SimpleGrid>
        <Textarea label={t('fundingUi.fields.notes')} autosize minRows={2} maxRows={6} {...text('notes')} />
        <FormActions error={formError} busy={busy} submitLabel={t('common.save')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
