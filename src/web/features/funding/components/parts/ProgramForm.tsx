import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/SimpleGrid.css';
import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FUNDING_KINDS, type FundingKind } from '#shared/mobility';
import type { FundingProgram, FundingProgramCreate } from '#shared/schemas/funding';
import { FormActions } from '#web/components/ui/FormActions';
import { useServerForm } from '#web/lib/form';

type ProgramFormState = {
  code: string;
  kind: FundingKind;
  nameZh: string;
  nameEn: string;
  sponsorZh: string;
  sponsorEn: string;
  matchingMinPct: number | null;
  monthlyStipend: number | null;
  rulesZh: string;
  rulesEn: string;
};

export function programFormState(p?: FundingProgram): ProgramFormState {
  return {
    code: p?.code ?? '',
    kind: p?.kind ?? 'university',
    nameZh: p?.nameZh ?? '',
    nameEn: p?.nameEn ?? '',
    sponsorZh: p?.sponsorZh ?? '',
    sponsorEn: p?.sponsorEn ?? '',
    matchingMinPct: p?.matchingMinPct ?? null,
    monthlyStipend: p?.monthlyStipend ?? null,
    rulesZh: p?.rulesZh ?? '',
    rulesEn: p?.rulesEn ?? '',
  };
}

type Props = {
  initial: ProgramFormState;
  onSubmit: (body: FundingProgramCreate) => Promise<unknown>;
  onCancel: () => void;
};

/** A funding program's fields (in a dialog): code, kind, names and sponsor in both languages, shares and rules. */
export function ProgramForm({ initial, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const { form, errors, formError, busy, set, text, submit } = useServerForm({
    initial,
    validate: (f, required) => required([...(f.code.trim() ? [] : ['code']), ...(f.nameEn.trim() ? [] : ['nameEn'])]),
    send: (f) => onSubmit(f),
  });
  const number = (key: 'matchingMinPct' | 'monthlyStipend') => ({
    value: form[key] ?? '',
    error: errors[key],
    allowNegative: false,
    onChange: (v: number | string) => set(key, typeof v === 'number' ? v : null),
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput label={t('fundingUi.fields.code')} required maxLength={40} {...text('code')} />
          <Select
            label={t('fundingUi.fields.kind')}
            allowDeselect={false}
            data={FUNDING_KINDS.map((k) => ({ value: k, label: t(`fundingKinds.${k}`) }))}
            value={form.kind}
            error={errors.kind}
            onChange={(v) => v && set('kind', v as FundingKind)}
          />
          <TextInput label={t('fundingUi.fields.nameZh')} lang="zh-Hant-TW" {...text('nameZh')} />
          <TextInput label={t('fundingUi.fields.nameEn')} lang="en" required {...text('nameEn')} />
          <TextInput label={t('fundingUi.fields.sponsorZh')} lang="zh-Hant-TW" {...text('sponsorZh')} />
          <TextInput label={t('fundingUi.fields.sponsorEn')} lang="en" {...text('sponsorEn')} />
          <NumberInput
            label={t('fundingUi.fields.matchingMinPct')}
            description={t('fundingUi.fields.matchingMinPctHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            min={0}
            max={100}
            decimalScale={2}
            suffix="%"
            {...number('matchingMinPct')}
          />
          <NumberInput
            label={t('fundingUi.fields.monthlyStipend')}
            description={t('fundingUi.fields.monthlyStipendHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            min={0}
            allowDecimal={false}
            thousandSeparator=","
            prefix="NT$"
            {...number('monthlyStipend')}
          />
        </SimpleGrid>
        <Textarea
          label={t('fundingUi.fields.rulesZh')}
          lang="zh-Hant-TW"
          autosize
          minRows={2}
          maxRows={6}
          {...text('rulesZh')}
        />
        <Textarea
          label={t('fundingUi.fields.rulesEn')}
          lang="en"
          autosize
          minRows={2}
          maxRows={6}
          {...text('rulesEn')}
        />
        <FormActions error={formError} busy={busy} submitLabel={t('common.save')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
