import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/SimpleGrid.css';
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, Call } from '#shared/schemas/calls';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useServerForm } from '#web/lib/form';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useApplication, useApplicationStep, useSaveApplication, useStartApplication } from '../api/applications';
import { useCall } from '../api/calls';
import '../i18n';
import { errorText } from '#web/lib/errorText';
import { DocumentsUpload } from './apply/DocumentsUpload';
import { PreferencesEditor } from './apply/PreferencesEditor';
import { ApplicationStatusBadge, Deadline } from './common';

/** A student's application to one call: preferences, form, GPA and certificate, documents; save or submit. */
export function ApplyPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const call = useCall(id);
  const application = useApplication(call.data?.myApplicationId ?? null);

  if (call.isPending) return <Loading />;
  if (!call.data) return <ErrorAlert error={call.error} onRetry={() => void call.refetch()} />;
  const c = call.data;
  const title = fmt.name(c.titleZh, c.titleEn);

  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={paths.call(c.id)} size="sm">{`← ${title}`}</AnchorLink>}
        title={t('callsUi.apply.title', { title })}
        subtitle={
          <Group gap="xs">
            <span>{t('callsUi.fields.deadline')}:</span>
            <Deadline iso={c.deadline} />
            {application.data ? <ApplicationStatusBadge status={application.data.status} /> : null}
          </Group>
        }
      />
      {c.myApplicationId === null ? (
        <StartPanel call={c} />
      ) : application.isPending ? (
        <Loading />
      ) : !application.data ? (
        <ErrorAlert error={application.error} onRetry={() => void application.refetch()} />
      ) : application.data.permissions.update ? (
        <ApplicationForm key={application.data.id} call={c} application={application.data} />
      ) : (
        <Alert color="blue" variant="light" title={t(`applicationStatuses.${application.data.status}`)}>
          <Text size="sm" mb="xs">
            {t('callsUi.apply.notEditable')}
          </Text>
          <ButtonLink to={paths.application(application.data.id)} size="sm">
            {t('callsUi.detail.viewMine')}
          </ButtonLink>
        </Alert>
      )}
    </Stack>
  );
}

function StartPanel({ call }: { call: Call }) {
  const { t } = useTranslation();
  const start = useStartApplication(call.id);
  if (!call.acceptingApplications) return <Alert color="gray">{t('callsUi.detail.notAccepting')}</Alert>;
  return (
    <Paper withBorder p="md" radius="md">
      <Text mb="sm">{t('callsUi.apply.startHint')}</Text>
      <Button
        loading={start.isPending}
        onClick={() => start.mutateAsync().catch((err) => notifyError(new Error(errorText(err))))}
      >
        {t('callsUi.apply.start')}
      </Button>
    </Paper>
  );
}

type FormState = {
  preferences: number[];
  gpa: number | null;
  languageCert: string;
  motivation: string;
  studyPlan: string;
  phone: string;
  emergencyContact: string;
  notes: string;
};

const fromApplication = (a: Application): FormState => ({
  preferences: a.preferences.map((p) => p.offerId),
  gpa: a.gpa,
  languageCert: a.languageCert ?? '',
  motivation: a.form.motivation ?? '',
  studyPlan: a.form.studyPlan ?? '',
  phone: a.form.phone ?? '',
  emergencyContact: a.form.emergencyContact ?? '',
  notes: a.form.notes ?? '',
});

/** Saving keeps a draft; submitting saves first, then submits (the server checks the deadline and what is missing). */
function ApplicationForm({ call, application }: { call: Call; application: Application }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const save = useSaveApplication(application.id);
  const submitStep = useApplicationStep(application.id, 'submit');
  const intent = useRef<'save' | 'submit'>('save');
  const { form, errors, formError, busy, set, text, setList, submit } = useServerForm<FormState>({
    initial: fromApplication(application),
    validate: () => ({}),
    send: async (f) => {
      const saved = await save.mutateAsync({
        version: application.version,
        preferences: f.preferences,
        gpa: f.gpa,
        languageCert: f.languageCert,
        form: {
          motivation: f.motivation,
          studyPlan: f.studyPlan,
          phone: f.phone,
          emergencyContact: f.emergencyContact,
          notes: f.notes,
        },
      });
      if (intent.current === 'save') {
        notifySuccess(t('callsUi.apply.saved'));
        return;
      }
      const submitted = await submitStep.mutateAsync(saved.version);
      notifySuccess(
        submitted.status === 'ineligible' ? t('callsUi.apply.submittedIneligible') : t('callsUi.apply.submitted'),
      );
      await navigate({ to: paths.application(submitted.id) });
    },
  });
  const prefError = errors.preferences ?? Object.entries(errors).find(([k]) => k.startsWith('preferences.'))?.[1];
  const eligibility = call.eligibility;
  const languageText = fmt.name(eligibility.languageTextZh, eligibility.languageTextEn);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md">
          <PreferencesEditor
            call={call}
            value={form.preferences}
            error={prefError}
            disabled={false}
            onChange={(v) => setList('preferences', v)}
          />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('callsUi.apply.about')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput
              label={t('callsUi.fields.gpa')}
              description={
                eligibility.minGpa !== null ? t('callsUi.apply.minGpa', { n: eligibility.minGpa }) : undefined
              }
              required={eligibility.minGpa !== null}
              min={0}
              max={4.3}
              step={0.01}
              decimalScale={2}
              allowNegative={false}
              value={form.gpa ?? ''}
              error={errors.gpa}
              onChange={(v) => set('gpa', typeof v === 'number' ? v : null)}
            />
            <TextInput
              label={t('callsUi.fields.languageCert')}
              description={
                [
                  eligibility.languageCertRequired ? t('callsUi.apply.languageCertRequired') : '',
                  languageText ? t('callsUi.apply.languageHint', { text: languageText }) : '',
                ]
                  .filter(Boolean)
                  .join(' ') || undefined
              }
              required={eligibility.languageCertRequired}
              {...text('languageCert')}
            />
            <TextInput label={t('callsUi.fields.phone')} type="tel" autoComplete="tel" {...text('phone')} />
            <TextInput label={t('callsUi.fields.emergencyContact')} {...text('emergencyContact')} />
          </SimpleGrid>
          <Textarea
            mt="sm"
            label={t('callsUi.fields.motivation')}
            autosize
            minRows={4}
            maxRows={14}
            {...text('motivation')}
          />
          <Textarea
            mt="sm"
            label={t('callsUi.fields.studyPlan')}
            autosize
            minRows={4}
            maxRows={14}
            {...text('studyPlan')}
          />
          <Textarea mt="sm" label={t('callsUi.fields.notes')} autosize minRows={2} maxRows={8} {...text('notes')} />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <DocumentsUpload call={call} application={application} errors={errors} disabled={false} />
          {call.documents.length === 0 ? <Text c="dimmed">{t('callsUi.detail.noDocuments')}</Text> : null}
        </Paper>
        {formError ? (
          <Alert color="red" variant="light" role="alert" title={t('common.errorTitle')}>
            {formError}
          </Alert>
        ) : null}
        <Paper withBorder p="md" radius="md">
          <Text size="sm" mb="sm">
            {t('callsUi.apply.submitHint')} <Deadline iso={call.deadline} />
          </Text>
          <Group justify="flex-end" gap="sm" wrap="wrap">
            <ButtonLink to={paths.call(call.id)} variant="default">
              {t('common.cancel')}
            </ButtonLink>
            <Button
              type="submit"
              variant="default"
              loading={busy && intent.current === 'save'}
              onClick={() => {
                intent.current = 'save';
              }}
            >
              {t('callsUi.apply.saveDraft')}
            </Button>
            <Button
              type="submit"
              loading={busy && intent.current === 'submit'}
              onClick={() => {
                intent.current = 'submit';
              }}
            >
              {t('callsUi.apply.submit')}
            </Button>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}
