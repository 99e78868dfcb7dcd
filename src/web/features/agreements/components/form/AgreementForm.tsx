import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Checkbox, NumberInput, Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS, type AgreementKind } from '#shared/enums';
import type { AgreementCreate } from '#shared/schemas/agreements';
import { FormActions } from '#web/components/ui/FormActions';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import { useServerForm } from '#web/lib/form';
import { type AgreementFormState, missingRequired, toBody } from './formState';
import { PartnersPicker } from './PartnersPicker';
import { PeopleEditor } from './PeopleEditor';

type Props = {
  initial: AgreementFormState;
  submitLabel: string;
  /** Sends the body; throws the API error on failure. */
  onSubmit: (body: AgreementCreate) => Promise<unknown>;
  /** 409: the parent shows the conflict and offers the latest version. */
  onConflict?: (err: unknown) => void;
  /** Where Cancel leads. */
  cancelTo: string;
};

/** Create and edit an agreement; the server's field errors (in the current language) appear under each field. */
export function AgreementForm({ initial, submitLabel, onSubmit, onConflict, cancelTo }: Props) {
  const { t } = useTranslation();
  const { form, errors, formError, busy, set, text, setList, submit } = useServerForm({
    initial,
    validate: (f, required) => required(missingRequired(f)),
    send: (f) => onSubmit(toBody(f)),
    onConflict,
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('agreementsUi.form.basics')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('agreementFields.kind')}
              required
              allowDeselect={false}
              data={AGREEMENT_KINDS.map((v) => ({ value: v, label: t(`agreementKinds.${v}`) }))}
              value={form.kind}
              error={errors.kind}
              onChange={(v) => set('kind', v as AgreementKind | null)}
            />
            <UnitSelect
              label={t('agreementFields.owningUnit')}
              description={t('agreementsUi.form.owningUnitHint')}
              value={form.owningUnitId}
              error={errors.owningUnitId}
              onChange={(v) => set('owningUnitId', v)}
            />
            <TextInput label={t('agreementFields.titleEn')} required lang="en" {...text('titleEn')} />
            <TextInput label={t('agreementFields.titleZh')} lang="zh-Hant-TW" {...text('titleZh')} />
            <TextInput label={t('agreementFields.code')} {...text('code')} />
            <TextInput label={t('agreementFields.partnerCode')} {...text('partnerCode')} />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <PartnersPicker
            partners={form.partners}
            errors={errors}
            onChange={(partners, path) => setList('partners', partners, path)}
          />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('agreementsUi.form.term')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('agreementFields.startDate')} type="date" {...text('startDate')} />
            <TextInput
              label={t('agreementFields.endDate')}
              type="date"
              disabled={form.openEnded}
              {...text('endDate')}
            />
            <Checkbox
              label={t('agreementFields.openEnded')}
              checked={form.openEnded}
              onChange={(e) => set('openEnded', e.currentTarget.checked)}
            />
            <Checkbox
              label={t('agreementFields.autoRenew')}
              checked={form.autoRenew}
              onChange={(e) => set('autoRenew', e.currentTarget.checked)}
            />
            <NumberInput
              label={t('agreementFields.noticeMonths')}
              description={t('agreementsUi.form.noticeHint')}
              min={0}
              max={60}
              allowDecimal={false}
              allowNegative={false}
              value={form.noticeMonths ?? ''}
              error={errors.noticeMonths}
              onChange={(v) => set('noticeMonths', typeof v === 'number' ? v : null)}
            />
          </SimpleGrid>
          <Textarea
            mt="sm"
            label={t('agreementsUi.fields.renewalTerms')}
            autosize
            minRows={2}
            maxRows={8}
            {...text('renewalTerms')}
          />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <PeopleEditor
            people={form.people}
            errors={errors}
            onChange={(people, path) => setList('people', people, path)}
          />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Textarea label={t('agreementsUi.fields.notes')} autosize minRows={3} maxRows={12} {...text('notes')} />
        </Paper>
        <FormActions error={formError} busy={busy} submitLabel={submitLabel} cancelTo={cancelTo} />
      </Stack>
    </form>
  );
}
