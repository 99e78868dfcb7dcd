import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '#shared/schemas/events';
import { fieldErrors } from '#web/lib/api';
import { toUpdate, useUpdateEvent } from '../api/events';

const num = (v: string) => (v.trim() === '' ? null : Number(v));
const text = (v: number | null) => (v === null ? '' : String(v));

/** The event's own fields after creation: venue, language, budget, attendance, and photos and news afterwards. */
export function EventDetailsForm({ event, onDone }: { event: Event; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateEvent(event.id);
  const [form, setForm] = useState({
    venue: event.venue ?? '',
    language: event.language ?? '',
    budget: text(event.budget),
    participants: text(event.participants),
    foreignParticipants: text(event.foreignParticipants),
    photosUrl: event.photosUrl ?? '',
    newsZh: event.newsZh ?? '',
    newsEn: event.newsEn ?? '',
  });
  const errors = fieldErrors(update.error);
  const set = (k: keyof typeof form) => ({
    value: form[k],
    error: errors[k],
    onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value }),
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const changes = {
          ...form,
          budget: num(form.budget),
          participants: num(form.participants),
          foreignParticipants: num(form.foreignParticipants),
        };
        update.mutate(toUpdate(event, changes), { onSuccess: onDone });
      }}
    >
      <Stack gap="sm">
        <TextInput label={t('eventsUi.venue')} {...set('venue')} />
        <Group grow>
          <TextInput label={t('eventsUi.language')} {...set('language')} />
          <TextInput label={t('eventsUi.budget')} inputMode="numeric" {...set('budget')} />
        </Group>
        <Group grow>
          <TextInput label={t('eventsUi.participants')} inputMode="numeric" {...set('participants')} />
          <TextInput label={t('eventsUi.foreignParticipants')} inputMode="numeric" {...set('foreignParticipants')} />
        </Group>
        <TextInput label={t('eventsUi.photosUrl')} {...set('photosUrl')} />
        <Textarea label={t('eventsUi.newsZh')} autosize minRows={3} {...set('newsZh')} />
        <Textarea label={t('eventsUi.newsEn')} autosize minRows={3} {...set('newsEn')} />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
