import '@mantine/core/styles/Image.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Alert, Button, FileButton, Image, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { University } from '#shared/schemas/university';
import { LOGO_MAX_BYTES, UNIVERSITY_LIMITS } from '#shared/university';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { fieldErrors, isApiError } from '#web/lib/api';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useUniversity } from '#web/lib/university';
import { useUpdateUniversity, useUploadLogo } from '../api/university';
import '../i18n';

type Field = 'nameZh' | 'nameEn' | 'addressZh' | 'addressEn' | 'phone' | 'email' | 'website';
const FIELDS: { name: Field; max: number; type?: string; required?: boolean; autoComplete?: string }[] = [
  { name: 'nameZh', max: UNIVERSITY_LIMITS.name, required: true },
  { name: 'nameEn', max: UNIVERSITY_LIMITS.name, required: true },
  { name: 'addressZh', max: UNIVERSITY_LIMITS.address },
  { name: 'addressEn', max: UNIVERSITY_LIMITS.address },
  { name: 'phone', max: UNIVERSITY_LIMITS.phone, type: 'tel' },
  { name: 'email', max: UNIVERSITY_LIMITS.email, type: 'email' },
  { name: 'website', max: UNIVERSITY_LIMITS.website, type: 'url' },
];
// Spelled out so the catalog check sees each label is used.
const LABELS: Record<Field, string> = {
  nameZh: 'universityUi.nameZh',
  nameEn: 'universityUi.nameEn',
  addressZh: 'universityUi.addressZh',
  addressEn: 'universityUi.addressEn',
  phone: 'universityUi.phone',
  email: 'universityUi.email',
  website: 'universityUi.website',
};

/** Administration → the university's own details and logo (one column on a phone, two on a wide screen). */
export function UniversityPage() {
  const { t } = useTranslation();
  const query = useUniversity();
  return (
    <>
      <PageHeader title={t('universityUi.title')} subtitle={t('universityUi.intro')} />
      {query.isPending ? <Loading /> : null}
      <ErrorAlert error={query.error} onRetry={() => query.refetch()} />
      {query.data ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <DetailsForm key={query.data.version} university={query.data} onReload={() => query.refetch()} />
          <LogoForm university={query.data} />
        </SimpleGrid>
      ) : null}
    </>
  );
}

function DetailsForm({ university, onReload }: { university: University; onReload: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUniversity();
  const [values, setValues] = useState<Record<Field, string>>(
    () => Object.fromEntries(FIELDS.map((f) => [f.name, university[f.name]])) as Record<Field, string>,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<{ message: string; conflict: boolean } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    try {
      await update.mutateAsync({ ...values, version: university.version });
      notifySuccess(t('universityUi.saved'));
    } catch (err) {
      setErrors(fieldErrors(err));
      const message = err instanceof Error ? err.message : t('errors.INTERNAL');
      setFormError({ message, conflict: isApiError(err, 'VERSION_CONFLICT') });
    }
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="university-details">
      <Title order={2} size="h4" id="university-details" mb="sm">
        {t('universityUi.details')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {FIELDS.map((f) => (
            <TextInput
              key={f.name}
              label={t(LABELS[f.name])}
              type={f.type ?? 'text'}
              required={f.required}
              maxLength={f.max}
              lang={f.name.endsWith('Zh') ? 'zh-Hant-TW' : f.name.endsWith('En') ? 'en' : undefined}
              value={values[f.name]}
              error={errors[f.name]}
              onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.currentTarget.value }))}
            />
          ))}
          {formError ? (
            <Alert color={formError.conflict ? 'orange' : 'red'} variant="light" role="alert">
              {formError.message}
              {formError.conflict ? (
                <Button variant="subtle" size="compact-sm" ml="sm" onClick={onReload}>
                  {t('universityUi.reload')}
                </Button>
              ) : null}
            </Alert>
          ) : null}
          <div>
            <Button type="submit" loading={update.isPending}>
              {t('universityUi.save')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

function LogoForm({ university }: { university: University }) {
  const { t } = useTranslation();
  const upload = useUploadLogo();
  async function pick(file: File | null) {
    if (!file) return;
    try {
      await upload.mutateAsync(file);
      notifySuccess(t('universityUi.logoSaved'));
    } catch (err) {
      notifyError(err);
    }
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="university-logo">
      <Title order={2} size="h4" id="university-logo" mb="sm">
        {t('universityUi.logo')}
      </Title>
      <Stack gap="sm" align="flex-start">
        {university.logoUrl ? (
          <Image src={university.logoUrl} alt={t('universityUi.logoAlt')} h={96} w="auto" fit="contain" />
        ) : (
          <Text c="dimmed">{t('universityUi.logoNone')}</Text>
        )}
        <Text size="sm" c="dimmed">
          {t('universityUi.logoHint', { maxKb: LOGO_MAX_BYTES / 1024 })}
        </Text>
        <FileButton onChange={pick} accept="image/png,image/svg+xml">
          {(props) => (
            <Button {...props} variant="light" loading={upload.isPending}>
              {t('universityUi.logoUpload')}
            </Button>
          )}
        </FileButton>
      </Stack>
    </Paper>
  );
}
