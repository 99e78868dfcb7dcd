import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '#shared/schemas/events';
import { AddableTable } from '#web/components/ui/AddableTable';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { useRegister } from '../api/events';

const EMPTY = { name: '', email: '', affiliation: '' };

/** Who registered (from the public form or entered by staff), and a form to register someone. */
export function Registrations({ event }: { event: Event }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const register = useRegister(event.id);
  const [form, setForm] = useState(EMPTY);
  return (
    <AddableTable
      title={t('eventsUi.registrations')}
      rows={event.registrations}
      minWidth={560}
      empty={t('eventsUi.noRegistrations')}
      columns={[
        { label: t('engagementUi.name'), cell: (r) => r.name },
        { label: t('eventsUi.email'), cell: (r) => r.email },
        { label: t('eventsUi.affiliation'), cell: (r) => r.affiliation },
        {
          label: t('eventsUi.source'),
          cell: (r) => t(`eventsUi.sources.${r.source}`),
          title: (r) => fmt.dateTime(r.createdAt),
        },
      ]}
      form={
        event.permissions.update
          ? {
              fields: [
                { key: 'name', label: t('engagementUi.name'), required: true },
                { key: 'email', label: t('eventsUi.email'), type: 'email', required: true },
                { key: 'affiliation', label: t('eventsUi.affiliation') },
              ],
              values: form,
              errors: fieldErrors(register.error),
              onChange: (key, value) => setForm({ ...form, [key]: value }),
              onSubmit: () => register.mutate(form, { onSuccess: () => setForm(EMPTY) }),
              submit: t('eventsUi.register'),
              busy: register.isPending,
            }
          : undefined
      }
    />
  );
}
