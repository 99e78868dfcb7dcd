import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { HoneypotField } from '#web/components/ui/HoneypotField';
import { PublicFrame } from '#web/components/ui/PublicFrame';
import { useFormat } from '#web/lib/format';
import { usePublicForm } from '#web/lib/publicForm';
import { registerPublic, usePublicEvents } from '../../api/events';
import '../../i18n';

const empty = { name: '', email: '', affiliation: '', website: '' };

/**
 * A public event's registration form (no sign-in): the event is found among the public events not yet
 * over; one that is not there (not public, archived, over) shows that registration is not open.
 */
export function EventRegisterPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const events = usePublicEvents();
  const event = events.data?.find((e) => e.id === id);
  const { field, honeypot, error, busy, sent, submit } = usePublicForm(empty, (v) =>
    registerPublic(id, { ...v, website: v.website || undefined }),
  );

  const title = event ? fmt.name(event.titleZh, event.titleEn) : t('eventsUi.publicForm.title');
  const intro = event
    ? `${t(`eventKinds.${event.kind}`)} · ${fmt.date(event.startDate)} – ${fmt.date(event.endDate)}${event.venue ? ` · ${event.venue}` : ''}`
    : undefined;
  return (
    <PublicFrame title={title} intro={intro}>
      {events.error ? (
        <Alert color="red" role="alert">
          {events.error.message}
        </Alert>
      ) : events.isPending ? null : !event ? (
        <Alert color="yellow" role="status">
          {t('eventsUi.publicForm.notOpen')}
        </Alert>
      ) : sent ? (
        <Alert color="green" role="status">
          {t('eventsUi.publicForm.sent')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('eventsUi.publicForm.intro')}</Text>
            {error ? (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            ) : null}
            <TextInput label={t('engagementUi.name')} autoComplete="name" required maxLength={200} {...field('name')} />
            <TextInput
              label={t('eventsUi.email')}
              type="email"
              autoComplete="email"
              required
              maxLength={254}
              {...field('email')}
            />
            <TextInput
              label={t('eventsUi.affiliation')}
              autoComplete="organization"
              maxLength={300}
              {...field('affiliation')}
            />
            <HoneypotField {...honeypot} />
            <Button type="submit" loading={busy} fullWidth>
              {t('eventsUi.publicForm.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </PublicFrame>
  );
}
