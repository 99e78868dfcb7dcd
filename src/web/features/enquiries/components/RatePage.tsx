import { Alert, Button, Rating, Stack, Text, Textarea } from '@mantine/core';
import { useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENQUIRY_LIMITS } from '#shared/enquiries';
import { PublicFrame } from '#web/components/ui/PublicFrame';
import { rateAnswer } from '../api/public';
import '../i18n';

/** The rating page a reply mail links to (/ask/rate?token=…, no sign-in). */
export function RatePage() {
  const { t } = useTranslation();
  const { token } = useSearch({ strict: false }) as { token?: string };
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!token) return;
    setBusy(true);
    setError(null);
    try {
      await rateAnswer({ token, rating, comment: comment || undefined });
      setDone(true);
    } catch (err) {
      setError(err instanceof Error ? err.message : t('errors.INTERNAL'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <PublicFrame title={t('enquiriesUi.rate.title')} intro={t('enquiriesUi.rate.intro')}>
      {!token ? <Alert color="yellow">{t('enquiriesUi.rate.noToken')}</Alert> : null}
      {error ? (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      ) : null}
      {done ? (
        <Alert color="green" variant="light" role="status">
          {t('enquiriesUi.rate.thanks')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t('enquiriesUi.rate.rating')}
              </Text>
              <Rating value={rating} onChange={setRating} size="lg" aria-label={t('enquiriesUi.rate.rating')} />
            </div>
            <Textarea
              label={t('enquiriesUi.rate.comment')}
              maxLength={ENQUIRY_LIMITS.comment}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
            />
            <Button type="submit" loading={busy} disabled={!token || rating < 1}>
              {t('enquiriesUi.rate.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </PublicFrame>
  );
}
