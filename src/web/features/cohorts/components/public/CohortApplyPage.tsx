import { Alert, Button, Stack, Textarea, TextInput } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { submitPublicApplication, usePublicProgram } from '../../api/cohorts';
import '../../i18n';
import { PublicFrame } from '#web/components/ui/PublicFrame';

const empty = { name: '', email: '', nationality: '', institution: '', fieldOfStudy: '', motivation: '', website: '' };

/**
 * The public application form of an open program (no sign-in). `website` is a honeypot: hidden from
 * people and from assistive technology, filled only by bots.
 */
export function CohortApplyPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const program = usePublicProgram(id);
  const [v, setV] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const field = (key: keyof typeof empty) => ({
    value: v[key],
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => setV({ ...v, [key]: e.currentTarget.value }),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setError(null);
    try {
      await submitPublicApplication(id, { ...v, website: v.website || undefined });
      setSent(true);
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(err instanceof Error ? err.message : t('errors.INTERNAL'));
    } finally {
      setBusy(false);
    }
  }

  const title = program.data ? fmt.name(program.data.nameZh, program.data.nameEn) : t('cohortsUi.apply.title');
  return (
    <PublicFrame
      title={title}
      intro={
        program.data
          ? `${t('cohortsUi.apply.title')} · ${fmt.date(program.data.startDate)} – ${fmt.date(program.data.endDate)}`
          : undefined
      }
    >
      {program.error ? (
        <Alert color="red" role="alert">
          {program.error.message}
        </Alert>
      ) : sent ? (
        <Alert color="green" role="status">
          {t('cohortsUi.apply.sent')}
        </Alert>
      ) : program.data ? (
        <form onSubmit={submit} noValidate>
          <Stack>
            {error ? (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            ) : null}
            <TextInput label={t('cohortsUi.apply.name')} autoComplete="name" required {...field('name')} />
            <TextInput
              label={t('cohortsUi.apply.email')}
              type="email"
              autoComplete="email"
              required
              {...field('email')}
            />
            <TextInput
              label={t('cohortsUi.apply.nationality')}
              description={t('cohortsUi.apply.nationalityHint')}
              maxLength={2}
              {...field('nationality')}
            />
            <TextInput label={t('cohortsUi.apply.institution')} {...field('institution')} />
            <TextInput label={t('cohortsUi.apply.fieldOfStudy')} {...field('fieldOfStudy')} />
            <Textarea
              label={t('cohortsUi.apply.motivation')}
              autosize
              minRows={4}
              maxLength={4000}
              {...field('motivation')}
            />
            <div
              aria-hidden="true"
              style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}
            >
              <label>
                Website
                <input
                  tabIndex={-1}
                  autoComplete="off"
                  value={v.website}
                  onChange={(e) => setV({ ...v, website: e.currentTarget.value })}
                />
              </label>
            </div>
            <Button type="submit" loading={busy} fullWidth>
              {t('cohortsUi.apply.submit')}
            </Button>
          </Stack>
        </form>
      ) : null}
    </PublicFrame>
  );
}
