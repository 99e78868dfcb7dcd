import { Anchor, Button, Card, Group, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuddySide } from '#shared/buddy';
import type { BuddyRound, MyPair } from '#shared/schemas/buddy';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import {
  useAddProfile,
  useBuddyRounds,
  useFirstContact,
  useLogMeeting,
  useMyPairs,
  usePairFeedback,
} from '../api/buddy';
import '../i18n';
import { tags } from '../tags';
import { ProfileFields, type ProfileFieldValues } from './ProfileFields';

const todayIso = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10); // Taipei date

/** A student's own buddy page (made for a phone): their buddies, first contact, meetings, feedback; joining a round. */
export function MyBuddyPage() {
  const { t } = useTranslation();
  const pairs = useMyPairs();
  return (
    <>
      <PageHeader title={t('buddyUi.mine.title')} subtitle={t('buddyUi.mine.intro')} />
      <ErrorAlert error={pairs.error} onRetry={() => pairs.refetch()} />
      {pairs.isLoading ? <Loading /> : null}
      {pairs.data?.items.length === 0 ? <EmptyState>{t('buddyUi.mine.none')}</EmptyState> : null}
      <Stack gap="md">
        {pairs.data?.items.map((p) => (
          <PairCard key={p.id} pair={p} />
        ))}
        <Join />
      </Stack>
    </>
  );
}

function PairCard({ pair: p }: { pair: MyPair }) {
  const { t } = useTranslation();
  const f = useFormat();
  const contact = useFirstContact();
  const meeting = useLogMeeting();
  const feedback = usePairFeedback();
  const [metOn, setMetOn] = useState(todayIso());
  const [minutes, setMinutes] = useState<number | string>(60);
  const [note, setNote] = useState('');
  const [rating, setRating] = useState<number | string>(5);
  const [comment, setComment] = useState('');
  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      notifySuccess(done);
    } catch (err) {
      notifyError(err);
    }
  };
  const partner = f.name(p.partnerNameZh, p.partnerNameEn);
  return (
    <Card withBorder component="section" aria-label={partner}>
      <Text size="xs" c="dimmed">
        {f.name(p.roundTitleZh, p.roundTitleEn)}
      </Text>
      <Title order={2} size="h4">
        {partner}
      </Title>
      {p.partnerEmail ? <Anchor href={`mailto:${p.partnerEmail}`}>{p.partnerEmail}</Anchor> : null}
      <Text size="sm">
        {t('buddyUi.profile.languages')}: {p.partnerLanguages.join(', ')} · {t('buddyUi.profile.interests')}:{' '}
        {p.partnerInterests.join(', ') || '—'}
      </Text>
      {p.arrivalOn ? (
        <Text size="sm">
          {t('buddyUi.profile.arrival')}: {f.date(p.arrivalOn)}
        </Text>
      ) : null}
      <Group mt="sm" gap="xs" wrap="wrap">
        {p.firstContactOn ? (
          <Text size="sm">{t('buddyUi.mine.firstContact', { date: f.date(p.firstContactOn) })}</Text>
        ) : (
          <Button
            size="xs"
            variant="light"
            onClick={() => act(() => contact.mutateAsync({ pairId: p.id, on: todayIso() }), t('buddyUi.mine.saved'))}
          >
            {t('buddyUi.mine.contactedToday')}
          </Button>
        )}
      </Group>
      <Title order={3} size="h5" mt="md">
        {t('buddyUi.mine.meetings', { count: p.meetings.length })}
      </Title>
      <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {p.meetings.map((m) => (
          <Text key={m.id} size="sm" component="li">
            {f.date(m.metOn)}
            {m.minutes ? ` · ${t('buddyUi.mine.minutes', { minutes: m.minutes })}` : ''}
            {m.note ? ` · ${m.note}` : ''}
          </Text>
        ))}
      </Stack>
      <Stack
        gap="xs"
        mt="xs"
        component="form"
        aria-label={t('buddyUi.mine.logMeeting')}
        onSubmit={(e) => (
          e.preventDefault(),
          act(
            () => meeting.mutateAsync({ pairId: p.id, body: { metOn, minutes: Number(minutes) || null, note } }),
            t('buddyUi.mine.saved'),
          )
        )}
      >
        <Group grow wrap="wrap">
          <TextInput
            type="date"
            label={t('buddyUi.mine.metOn')}
            value={metOn}
            onChange={(e) => setMetOn(e.currentTarget.value)}
            miw={150}
          />
          <NumberInput
            label={t('buddyUi.mine.duration')}
            min={5}
            max={720}
            value={minutes}
            onChange={setMinutes}
            miw={120}
          />
        </Group>
        <TextInput label={t('buddyUi.mine.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Button type="submit" variant="light" loading={meeting.isPending}>
          {t('buddyUi.mine.logMeeting')}
        </Button>
      </Stack>
      <Title order={3} size="h5" mt="md">
        {t('buddyUi.mine.feedback')}
      </Title>
      {p.myFeedback ? (
        <Text size="sm">{t('buddyUi.mine.feedbackGiven', { rating: p.myFeedback.rating })}</Text>
      ) : (
        <Stack
          gap="xs"
          component="form"
          aria-label={t('buddyUi.mine.feedback')}
          onSubmit={(e) => (
            e.preventDefault(),
            act(
              () => feedback.mutateAsync({ pairId: p.id, body: { rating: Number(rating), text: comment } }),
              t('buddyUi.mine.saved'),
            )
          )}
        >
          <NumberInput label={t('buddyUi.mine.rating')} min={1} max={5} value={rating} onChange={setRating} w={140} />
          <TextInput
            label={t('buddyUi.mine.comment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Button type="submit" variant="light" loading={feedback.isPending}>
            {t('buddyUi.mine.sendFeedback')}
          </Button>
        </Stack>
      )}
    </Card>
  );
}

/** Fill one's own profile in an open round (international students need an inbound record: the server checks). */
function Join() {
  const { t } = useTranslation();
  const f = useFormat();
  const rounds = useBuddyRounds();
  const add = useAddProfile();
  const open = (rounds.data?.items ?? []).filter((r: BuddyRound) => r.status !== 'closed');
  const [roundId, setRoundId] = useState<string | null>(null);
  const [side, setSide] = useState<BuddySide>('local');
  const [v, setV] = useState<ProfileFieldValues>({
    languages: '',
    interests: '',
    pref: 'any',
    arrivalOn: '',
    capacity: 1,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (open.length === 0) return null;
  const submit = async () => {
    const id = Number(roundId ?? open[0]?.id);
    try {
      await add.mutateAsync({
        roundId: id,
        body: {
          side,
          languages: tags(v.languages),
          interests: tags(v.interests),
          genderPreference: v.pref,
          capacity: Number(v.capacity),
          arrivalOn: null,
        },
      });
      setErrors({});
      notifySuccess(t('buddyUi.mine.joined'));
    } catch (err) {
      setErrors(fieldErrors(err));
      notifyError(err);
    }
  };
  return (
    <Card
      withBorder
      component="form"
      aria-label={t('buddyUi.mine.join')}
      onSubmit={(e) => (e.preventDefault(), submit())}
    >
      <Title order={2} size="h4" mb="xs">
        {t('buddyUi.mine.join')}
      </Title>
      <Stack gap="xs">
        <Select
          label={t('buddyUi.mine.round')}
          data={open.map((r) => ({ value: String(r.id), label: f.name(r.titleZh, r.titleEn) }))}
          value={roundId ?? String(open[0]?.id)}
          onChange={setRoundId}
          allowDeselect={false}
        />
        <Select
          label={t('buddyUi.profile.side')}
          data={(['local', 'international'] as const).map((s) => ({ value: s, label: t(`buddyUi.sides.${s}`) }))}
          value={side}
          onChange={(v) => v && setSide(v as BuddySide)}
          allowDeselect={false}
          error={errors.side ?? errors.personId}
        />
        <ProfileFields values={v} onChange={(patch) => setV((old) => ({ ...old, ...patch }))} errors={errors} />
        <Button type="submit" loading={add.isPending}>
          {t('buddyUi.mine.joinButton')}
        </Button>
      </Stack>
    </Card>
  );
}
