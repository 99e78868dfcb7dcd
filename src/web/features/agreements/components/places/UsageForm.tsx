import '@mantine/core/styles/NumberInput.css';
import { NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Place } from '#shared/schemas/agreements';
import { FormActions } from '#web/components/ui/FormActions';
import { useServerForm } from '#web/lib/form';
import { useFormat } from '#web/lib/format';

type Props = {
  place: Place;
  onSubmit: (body: { count: number; label: string }) => Promise<unknown>;
  onCancel: () => void;
};

/**
 * Records nominated people against a row of places (until the mobility module records them itself). The server
 * refuses more than remain; its message ("not enough places: 2 of 2 used") appears under the number.
 */
export function UsageForm({ place, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { form, errors, formError, busy, set, text, submit } = useServerForm({
    initial: { count: 1 as number | null, label: '' },
    validate: (f, required) => required(f.count === null ? ['count'] : []),
    send: (f) => onSubmit({ count: f.count as number, label: f.label }),
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {t('agreementsUi.places.remainingOf', {
            remaining: fmt.number(place.remaining),
            places: fmt.number(place.places),
          })}
        </Text>
        <NumberInput
          label={t('agreementsUi.places.usageCount')}
          required
          min={1}
          max={99}
          allowDecimal={false}
          allowNegative={false}
          value={form.count ?? ''}
          error={errors.count}
          onChange={(v) => set('count', typeof v === 'number' ? v : null)}
        />
        <TextInput
          label={t('agreementsUi.places.usageLabel')}
          description={t('agreementsUi.places.usageLabelHint')}
          {...text('label')}
        />
        <FormActions
          error={formError}
          busy={busy}
          submitLabel={t('agreementsUi.places.recordUsage')}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
