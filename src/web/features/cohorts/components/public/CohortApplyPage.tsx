import { Alert, Button, Stack, Textarea, TextInput } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '#web/lib/format';
import { usePublicForm } from '#web/lib/publicForm';
import { submitPublicApplication, usePublicProgram } from '../../api/cohorts';
import '../../i18n';
import { HoneypotField } from '#web/components/ui/HoneypotField';
import { PublicFrame } from '#web/components/ui/PublicFrame';

const empty = { name: '', email: '', nationality: '', institution: '', fieldOfStudy: '', motivation: '', website: '' };

/** The public application form of an open program (no sign-in); `website` is the honeypot. */
export function CohortApplyPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const program = usePublicProgram(id);
  const { field, honeypot, error, busy, sent, submit } = usePublicForm(empty, (v) =>
    submitPublicApplication(id, { ...v, website: v.website || undefined }),
  );

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
            <HoneypotField {...honeypot} />
            <Button type="submit" loading={busy} fullWidth>
              {t('cohortsUi.apply.submit')}
            </Button>
          </Stack>
        </form>
      ) : null}
    </PublicFrame>
  );
}
