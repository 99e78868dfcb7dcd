import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CEFR_LEVELS, CHANNELS, IDENTITIES, LANGUAGE_FRAMEWORKS, WITHDRAWABLE } from '#shared/admissions';
import { GENDERS } from '#shared/mobility';
import type { AdmissionApplication } from '#shared/schemas/admissions';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PublicFrame } from '#web/components/ui/PublicFrame';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { downloadLetter, useApplicationWrite, useMyApplication, useOpenRounds } from '../api/portal';
import '../i18n';

const TEXT = [
  'givenName',
  'familyName',
  'nameZh',
  'nationality',
  'birthDate',
  'phone',
  'previousSchool',
  'statement',
] as const;
type Form = Record<string, string | number | null>;
const formOf = (a: AdmissionApplication): Form => ({
  programId: a.programId ? String(a.programId) : null,
  givenName: a.givenName ?? '',
  familyName: a.familyName ?? '',
  nameZh: a.nameZh ?? '',
  nationality: a.nationality ?? '',
  identity: a.identity,
  birthDate: a.birthDate ?? '',
  gender: a.gender,
  phone: a.phone ?? '',
  previousSchool: a.previousSchool ?? '',
  gpa: a.gpa ?? '',
  languageFramework: a.languageFramework,
  languageLevel: a.languageLevel,
  statement: a.statement ?? '',
  channel: a.channel,
});

/** One of the applicant's own applications: the form, the documents, what is missing, submit, answer. */
export function PortalApplicationPage() {
  const { t } = useTranslation();
  const id = Number(useParams({ strict: false }).id);
  const app = useMyApplication(id);
  return (
    <PublicFrame title={t('portalUi.title')}>
      <AnchorLink to={paths.admissionPortal()} size="sm">
        {t('portalUi.back')}
      </AnchorLink>
      {app.isPending ? <Loading /> : null}
      {app.error ? <ErrorAlert error={app.error} /> : null}
      {app.data ? <Editor a={app.data} /> : null}
    </PublicFrame>
  );
}

function Editor({ a }: { a: AdmissionApplication }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rounds = useOpenRounds();
  const round = rounds.data?.items.find((r) => r.id === a.roundId);
  const write = useApplicationWrite(a.id);
  const [v, setV] = useState<Form>(() => formOf(a));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const draft = a.status === 'draft';
  const feeLabel = t(`admissions.fees.${a.feeStatus}`);
  const label = (key: string) => t(`admissions.fields.${key}`);
  const text = (key: (typeof TEXT)[number]) => ({
    label: label(key),
    value: String(v[key] ?? ''),
    error: errors[key],
    disabled: !draft,
    onChange: (e: { currentTarget: { value: string } }) => setV({ ...v, [key]: e.currentTarget.value }),
  });
  const choice = (key: string, data: { value: string; label: string }[]) => ({
    label: label(key),
    data,
    value: (v[key] as string | null) ?? null,
    error: errors[key],
    disabled: !draft,
    onChange: (x: string | null) => setV({ ...v, [key]: x }),
  });
  const fail = (err: unknown) => {
    setErrors(fieldErrors(err));
    setError(err);
  };
  const body = () => ({
    ...Object.fromEntries(TEXT.map((k) => [k, String(v[k] ?? '').trim() || null])),
    programId: v.programId ? Number(v.programId) : null,
    identity: v.identity,
    gender: v.gender,
    gpa: v.gpa === '' || v.gpa === null ? null : Number(v.gpa),
    languageFramework: v.languageFramework,
    languageLevel: v.languageLevel,
    channel: v.channel,
    version: a.version,
  });
  const missingLabel = (m: AdmissionApplication['missing'][number]) =>
    m.kind === 'document'
      ? fmt.name(
          round?.documents.find((d) => d.code === m.code)?.labelZh ?? m.code,
          round?.documents.find((d) => d.code === m.code)?.labelEn ?? m.code,
        )
      : m.kind === 'requirement'
        ? t(`admissions.requirements.${m.code}`)
        : label(m.code);

  return (
    <Stack>
      <Title order={2} size="h4">
        {round ? fmt.name(round.nameZh, round.nameEn) : `#${a.id}`} · {t(`admissions.statuses.${a.status}`)}
      </Title>
      {error && !Object.keys(errors).length ? <ErrorAlert error={error} /> : null}
      {a.status === 'admitted' ? (
        <Group>
          <Button onClick={() => write.respond.mutate({ accept: true, version: a.version }, { onError: fail })}>
            {t('portalUi.accept')}
          </Button>
          <Button
            variant="light"
            color="red"
            onClick={() => write.respond.mutate({ accept: false, version: a.version }, { onError: fail })}
          >
            {t('portalUi.decline')}
          </Button>
        </Group>
      ) : null}
      {['admitted', 'accepted', 'declined', 'enrolled'].includes(a.status) ? (
        <Button variant="light" onClick={() => void downloadLetter(a.id).catch(fail)}>
          {t('portalUi.letter')}
        </Button>
      ) : null}
      {WITHDRAWABLE.includes(a.status) ? (
        <div>
          <ConfirmButton
            label={t('portalUi.withdraw')}
            title={t('portalUi.withdrawTitle')}
            message={t('portalUi.withdrawMessage')}
            color="red"
            variant="subtle"
            busy={write.withdraw.isPending}
            onConfirm={() => write.withdraw.mutateAsync(a.version).then(() => notifySuccess(t('portalUi.withdrawn')))}
          />
        </div>
      ) : null}
      {a.decisionReason ? <Alert color="gray">{a.decisionReason}</Alert> : null}
      {a.status !== 'draft' ? <Text size="sm">{t('portalUi.fee', { status: feeLabel })}</Text> : null}
      <Select
        {...choice(
          'programId',
          (round?.programs ?? []).map((p) => ({
            value: String(p.id),
            label: `${fmt.name(p.nameZh, p.nameEn)} · ${p.languageFramework} ${p.languageLevel}`,
          })),
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...text('givenName')} autoComplete="given-name" />
        <TextInput {...text('familyName')} autoComplete="family-name" />
        <TextInput {...text('nameZh')} />
        <TextInput {...text('nationality')} maxLength={2} description="ISO 3166 (JP, VN, US…)" />
        <Select
          {...choice(
            'identity',
            IDENTITIES.map((x) => ({ value: x, label: t(`admissions.identities.${x}`) })),
          )}
        />
        <TextInput {...text('birthDate')} type="date" />
        <Select
          {...choice(
            'gender',
            GENDERS.map((g) => ({ value: g, label: t(`admissions.genders.${g}`) })),
          )}
        />
        <TextInput {...text('phone')} type="tel" autoComplete="tel" />
        <TextInput {...text('previousSchool')} />
        <NumberInput
          label={label('gpa')}
          min={0}
          max={4.3}
          step={0.1}
          decimalScale={2}
          value={v.gpa ?? ''}
          error={errors.gpa}
          disabled={!draft}
          onChange={(n) => setV({ ...v, gpa: n })}
        />
        <Select
          {...choice(
            'languageFramework',
            LANGUAGE_FRAMEWORKS.map((f) => ({ value: f, label: f })),
          )}
        />
        <Select
          {...choice(
            'languageLevel',
            CEFR_LEVELS.map((l) => ({ value: l, label: l })),
          )}
        />
        <Select
          {...choice(
            'channel',
            CHANNELS.map((c) => ({ value: c, label: t(`admissions.channels.${c}`) })),
          )}
        />
      </SimpleGrid>
      <Textarea {...text('statement')} autosize minRows={4} maxLength={8000} />
      {draft ? (
        <Button
          variant="light"
          loading={write.save.isPending}
          onClick={() =>
            write.save.mutate(body(), { onSuccess: () => notifySuccess(t('portalUi.saved')), onError: fail })
          }
        >
          {t('portalUi.save')}
        </Button>
      ) : null}
      <Title order={3} size="h5">
        {t('admissionsUi.detail.documents')}
      </Title>
      {(round?.documents ?? []).map((d) => {
        const have = a.documents.find((x) => x.code === d.code);
        return (
          <FileInput
            key={d.code}
            label={`${fmt.name(d.labelZh, d.labelEn)}（${d.required ? t('portalUi.required') : t('portalUi.optional')}）`}
            description={have ? t('portalUi.uploaded', { name: have.fileName }) : undefined}
            accept="application/pdf,image/jpeg,image/png"
            disabled={!draft}
            error={
              errors[`documents.${d.code}`] ??
              (write.upload.variables?.code === d.code ? fieldErrors(write.upload.error).file : undefined)
            }
            onChange={(file) => file && write.upload.mutate({ code: d.code, file })}
          />
        );
      })}
      {draft ? (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('portalUi.checklist')}
          </Title>
          {a.missing.length ? (
            <List size="sm" aria-label={t('portalUi.checklist')}>
              {a.missing.map((m) => (
                <List.Item key={`${m.kind}:${m.code}`}>{missingLabel(m)}</List.Item>
              ))}
            </List>
          ) : (
            <Text c="teal">{t('portalUi.complete')}</Text>
          )}
          <Button
            disabled={a.missing.length > 0}
            loading={write.submit.isPending}
            onClick={() =>
              write.submit.mutate(a.version, { onSuccess: () => notifySuccess(t('portalUi.submitted')), onError: fail })
            }
          >
            {t('portalUi.submit')}
          </Button>
        </Stack>
      ) : null}
    </Stack>
  );
}
