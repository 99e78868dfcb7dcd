import {
  Anchor,
  Button,
  Card,
  Group,
  List,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISIONS, FEE_STATUSES } from '#shared/admissions';
import type { AdmissionApplication } from '#shared/schemas/admissions';
import { DetailField } from '#web/components/ui/DetailField';
import { DownloadButton } from '#web/components/ui/DownloadButton';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { API_BASE, fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useApplication, useApplicationAction, useRound } from '../api/admissions';
import '../i18n';

/** One application: the applicant's form and documents, the committee's scores, the fee and the decision. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const app = useApplication(id);
  if (app.isPending) return <Loading />;
  if (app.error) return <ErrorAlert error={app.error} onRetry={() => void app.refetch()} />;
  const a = app.data;
  const name = [a.givenName, a.familyName].filter(Boolean).join(' ') || a.email;
  const label = (key: string) => t(`admissions.fields.${key}`);
  const base = `${API_BASE}/admissions/applications/${a.id}`;
  const letterHref = `${base}/letter.pdf`;
  return (
    <>
      <AnchorLink to={paths.admissionRound(a.roundId)} size="sm">
        {t('admissionsUi.backToRound')}
      </AnchorLink>
      <PageHeader
        title={a.nameZh ? `${name}（${a.nameZh}）` : name}
        subtitle={`${t(`admissions.statuses.${a.status}`)} · ${a.email}`}
        actions={
          ['admitted', 'accepted', 'declined', 'enrolled'].includes(a.status) ? (
            <DownloadButton href={letterHref}>{t('admissionsUi.detail.letter')}</DownloadButton>
          ) : null
        }
      />
      <Stack>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }}>
          <DetailField label={label('nationality')}>{a.nationality ? fmt.country(a.nationality) : '—'}</DetailField>
          <DetailField label={label('identity')}>
            {a.identity ? t(`admissions.identities.${a.identity}`) : '—'}
          </DetailField>
          <DetailField label={label('birthDate')}>{fmt.date(a.birthDate) || '—'}</DetailField>
          <DetailField label={label('previousSchool')}>{a.previousSchool ?? '—'}</DetailField>
          <DetailField label={label('gpa')}>{a.gpa ?? '—'}</DetailField>
          <DetailField label={label('languageLevel')}>
            {a.languageLevel ? `${a.languageFramework} ${a.languageLevel}` : '—'}
          </DetailField>
          <DetailField label={label('channel')}>{a.channel ? t(`admissions.channels.${a.channel}`) : '—'}</DetailField>
          <DetailField label={t('admissionsUi.detail.fee')}>{t(`admissions.fees.${a.feeStatus}`)}</DetailField>
          {a.decisionReason ? (
            <DetailField label={t('admissionsUi.detail.reason')}>{a.decisionReason}</DetailField>
          ) : null}
        </SimpleGrid>
        {a.statement ? <Text style={{ whiteSpace: 'pre-wrap' }}>{a.statement}</Text> : null}
        {a.personId ? <Text c="teal">{t('admissionsUi.detail.person')}</Text> : null}
        <Card withBorder>
          <Title order={2} size="h5" mb="xs">
            {t('admissionsUi.detail.documents')}
          </Title>
          <List>
            {a.documents.map((d) => (
              <List.Item key={d.id}>
                <Anchor href={`${base}/documents/${d.id}`}>{`${d.code}: ${d.fileName}`}</Anchor>
              </List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            {a.missing.length
              ? `${t('admissionsUi.detail.missing')}：${a.missing.map((m) => m.code).join('、')}`
              : t('admissionsUi.detail.nothingMissing')}
          </Text>
        </Card>
        <Reviews a={a} />
        {a.mayDecide ? <Decision a={a} /> : null}
      </Stack>
    </>
  );
}

function Reviews({ a }: { a: AdmissionApplication }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const round = useRound(a.roundId);
  const action = useApplicationAction(a.id);
  const [scores, setScores] = useState<Record<string, number | string>>({});
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const criteria = round.data?.criteria ?? [];
  return (
    <Card withBorder>
      <Title order={2} size="h5" mb="xs">
        {t('admissionsUi.detail.reviews')}
      </Title>
      {a.reviews.length === 0 ? <Text size="sm">{t('admissionsUi.detail.noReviews')}</Text> : null}
      {a.reviews.map((r) => (
        <Text key={r.reviewerId} size="sm">
          {r.reviewerName ?? `#${r.reviewerId}`}：{r.total}
          {r.comment ? ` — ${r.comment}` : ''}
        </Text>
      ))}
      {a.mayScore ? (
        <Stack mt="sm">
          <Title order={3} size="h6">
            {t('admissionsUi.detail.scoreTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {criteria.map((c) => (
              <NumberInput
                key={c.code}
                label={`${fmt.name(c.labelZh, c.labelEn)} (≤ ${c.max})`}
                min={0}
                max={c.max}
                value={scores[c.code] ?? ''}
                error={errors[`scores.${c.code}`]}
                onChange={(n) => setScores({ ...scores, [c.code]: n })}
              />
            ))}
          </SimpleGrid>
          <Textarea
            label={t('admissionsUi.detail.comment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Group>
            <Button
              loading={action.isPending}
              onClick={() => {
                const body = {
                  scores: Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, Number(v)])),
                  comment: comment || null,
                };
                action.mutate(
                  { action: 'scores', body },
                  {
                    onSuccess: () => notifySuccess(t('admissionsUi.saved')),
                    onError: (e) => setErrors(fieldErrors(e)),
                  },
                );
              }}
            >
              {t('admissionsUi.detail.saveScore')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Card>
  );
}

function Decision({ a }: { a: AdmissionApplication }) {
  const { t } = useTranslation();
  const action = useApplicationAction(a.id);
  const [fee, setFee] = useState<string>(a.feeStatus);
  const [decision, setDecision] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onError = (e: unknown) => setErrors(fieldErrors(e));
  return (
    <Card withBorder>
      <Stack>
        {action.error && !Object.keys(errors).length ? <ErrorAlert error={action.error} /> : null}
        <Group align="end">
          <Select
            label={t('admissionsUi.detail.fee')}
            data={FEE_STATUSES.map((s) => ({ value: s, label: t(`admissions.fees.${s}`) }))}
            value={fee}
            onChange={(s) => setFee(s ?? fee)}
            allowDeselect={false}
          />
          <Button
            variant="light"
            onClick={() => action.mutate({ action: 'fee', body: { feeStatus: fee, version: a.version } }, { onError })}
          >
            {t('admissionsUi.detail.saveFee')}
          </Button>
        </Group>
        <Title order={2} size="h5">
          {t('admissionsUi.detail.decision')}
        </Title>
        <Select
          label={t('admissionsUi.detail.decision')}
          data={DECISIONS.map((d) => ({ value: d, label: t(`admissions.decisions.${d}`) }))}
          value={decision}
          error={errors.decision}
          onChange={setDecision}
        />
        <Textarea
          label={t('admissionsUi.detail.reason')}
          required
          value={reason}
          error={errors.reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group>
          <Button
            loading={action.isPending}
            disabled={!decision}
            onClick={() =>
              action.mutate(
                { action: 'decision', body: { decision, reason, version: a.version } },
                { onSuccess: () => notifySuccess(t('admissionsUi.saved')), onError },
              )
            }
          >
            {t('admissionsUi.detail.decide')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
