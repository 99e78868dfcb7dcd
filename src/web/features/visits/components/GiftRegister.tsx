import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gift, Visit } from '#shared/schemas/visits';
import { AddableTable } from '#web/components/ui/AddableTable';
import { fieldErrors } from '#web/lib/api';
import { useAddGift } from '../api/visits';

/** What was given to whom; adding one shows the gifts given before to the same partner or person. */
export function GiftRegister({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const add = useAddGift(visit.id);
  const [repeats, setRepeats] = useState<Gift[]>([]);
  const [form, setForm] = useState({ recipient: '', gift: '', givenOn: visit.startDate });
  const partnerId = visit.partners[0]?.id ?? null;
  return (
    <AddableTable
      title={t('visitsUi.gifts')}
      rows={visit.gifts}
      minWidth={420}
      empty={t('visitsUi.noGifts')}
      notice={
        repeats.length ? (
          <Alert color="yellow" variant="light" role="status">
            {t('visitsUi.repeatWarning')} {repeats.map((g) => `${g.gift}（${g.recipient}，${g.givenOn}）`).join('；')}
          </Alert>
        ) : null
      }
      columns={[
        { label: t('visitsUi.givenOn'), cell: (g) => g.givenOn },
        { label: t('visitsUi.recipient'), cell: (g) => g.recipient },
        { label: t('visitsUi.gift'), cell: (g) => g.gift },
      ]}
      form={
        visit.permissions.update
          ? {
              fields: [
                { key: 'recipient', label: t('visitsUi.recipient'), required: true },
                { key: 'gift', label: t('visitsUi.gift'), required: true },
                { key: 'givenOn', label: t('visitsUi.givenOn'), type: 'date', required: true },
              ],
              values: form,
              errors: fieldErrors(add.error),
              onChange: (key, value) => setForm({ ...form, [key]: value }),
              onSubmit: () =>
                add.mutate(
                  { ...form, partnerId },
                  {
                    onSuccess: (answer) => {
                      setRepeats(answer.repeats);
                      setForm({ ...form, recipient: '', gift: '' });
                    },
                  },
                ),
              submit: t('engagementUi.add'),
              busy: add.isPending,
            }
          : undefined
      }
    />
  );
}
