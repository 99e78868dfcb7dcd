import '@mantine/core/styles/Table.css';
import { Badge, Button, Group, Select, Table, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '#shared/schemas/buddy';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useCan } from '#web/lib/session';
import { useAddPair, useBuddyRound, usePropose, usePublish, useRemovePair } from '../api/buddy';
import '../i18n';
import { ProfileEditModal } from './ProfileEditModal';
import { WeightsForm } from './WeightsForm';

/** Staff: a round's pairs (proposed by the matching, adjusted by hand), publishing, and both sides' profiles. */
export function BuddyRoundPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const q = useBuddyRound(id);
  const canManage = useCan('buddy', 'manage');
  const propose = usePropose();
  const publish = usePublish();
  const remove = useRemovePair();
  const [editing, setEditing] = useState<Profile | null>(null);
  const run = async (action: typeof propose, done: string) => {
    if (!q.data) return;
    try {
      await action.mutateAsync({ id, version: q.data.version });
      notifySuccess(done);
    } catch (err) {
      notifyError(err);
    }
  };
  const r = q.data;
  if (!r) return q.error ? <ErrorAlert error={q.error} onRetry={() => q.refetch()} /> : <Loading />;
  const byId = new Map(r.profiles.map((p) => [p.id, p]));
  const name = (pid: number) => {
    const p = byId.get(pid);
    return p ? f.name(p.nameZh, p.nameEn) : '—';
  };
  return (
    <>
      <PageHeader
        title={f.name(r.titleZh, r.titleEn)}
        subtitle={t('buddyUi.round.counts', { internationals: r.internationals, locals: r.locals, pairs: r.pairs })}
        actions={
          canManage && r.status !== 'closed' ? (
            <>
              <Button
                variant="light"
                loading={propose.isPending}
                onClick={() => run(propose, t('buddyUi.round.proposed'))}
              >
                {t('buddyUi.round.propose')}
              </Button>
              <Button loading={publish.isPending} onClick={() => run(publish, t('buddyUi.round.published'))}>
                {t('buddyUi.round.publish')}
              </Button>
            </>
          ) : null
        }
      />
      <Text size="sm" c="dimmed" mb="sm">
        {t('buddyUi.round.how')}
      </Text>
      <Title order={2} size="h4" mb="xs">
        {t('buddyUi.round.pairs')}
      </Title>
      <ScrollTable label={t('buddyUi.round.pairs')} minWidth={680}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('buddyUi.sides.international')}</Table.Th>
              <Table.Th>{t('buddyUi.sides.local')}</Table.Th>
              <Table.Th ta="right">{t('buddyUi.round.score')}</Table.Th>
              <Table.Th>{t('buddyUi.round.state')}</Table.Th>
              <Table.Th>{t('buddyUi.round.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.pairList.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td>{name(x.internationalId)}</Table.Td>
                <Table.Td>{name(x.localId)}</Table.Td>
                <Table.Td ta="right">{x.score ?? '—'}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={x.notifiedAt ? 'green' : 'yellow'}>
                    {t(x.notifiedAt ? 'buddyUi.round.announced' : `buddyUi.origins.${x.origin}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {canManage ? (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => remove.mutateAsync(x.id).catch(notifyError)}
                    >
                      {t('buddyUi.round.remove')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {canManage ? <AddPair roundId={id} profiles={r.profiles} /> : null}
      {canManage && r.status !== 'closed' ? <WeightsForm round={r} /> : null}
      <Title order={2} size="h4" mt="lg" mb="xs">
        {t('buddyUi.round.profiles')}
      </Title>
      <ScrollTable label={t('buddyUi.round.profiles')} minWidth={720}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('buddyUi.profile.name')}</Table.Th>
              <Table.Th>{t('buddyUi.profile.side')}</Table.Th>
              <Table.Th>{t('buddyUi.profile.languages')}</Table.Th>
              <Table.Th>{t('buddyUi.profile.interests')}</Table.Th>
              <Table.Th>{t('buddyUi.profile.arrival')}</Table.Th>
              <Table.Th ta="right">{t('buddyUi.profile.capacity')}</Table.Th>
              {canManage ? <Table.Th>{t('buddyUi.profile.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.profiles.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  {f.name(p.nameZh, p.nameEn)}
                  {p.genderPreference === 'same' ? (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      · {t('buddyUi.profile.sameGender')}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{t(`buddyUi.sides.${p.side}`)}</Table.Td>
                <Table.Td>{p.languages.join(', ')}</Table.Td>
                <Table.Td>{p.interests.join(', ')}</Table.Td>
                <Table.Td>{f.date(p.arrivalOn)}</Table.Td>
                <Table.Td ta="right">{p.capacity}</Table.Td>
                {canManage ? (
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={t('buddyUi.profile.editOf', { name: f.name(p.nameZh, p.nameEn) })}
                      onClick={() => setEditing(p)}
                    >
                      {t('buddyUi.profile.edit')}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {editing ? <ProfileEditModal profile={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}

function AddPair({ roundId, profiles }: { roundId: number; profiles: Profile[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const add = useAddPair();
  const [intl, setIntl] = useState<string | null>(null);
  const [local, setLocal] = useState<string | null>(null);
  const options = (side: Profile['side']) =>
    profiles.filter((p) => p.side === side).map((p) => ({ value: String(p.id), label: f.name(p.nameZh, p.nameEn) }));
  const submit = async () => {
    if (!intl || !local) return;
    try {
      await add.mutateAsync({ roundId, internationalId: Number(intl), localId: Number(local) });
      notifySuccess(t('buddyUi.round.pairAdded'));
    } catch (err) {
      notifyError(err);
    }
  };
  return (
    <Group
      mt="sm"
      align="flex-end"
      wrap="wrap"
      component="form"
      onSubmit={(e) => (e.preventDefault(), submit())}
      aria-label={t('buddyUi.round.addPair')}
    >
      <Select
        label={t('buddyUi.sides.international')}
        data={options('international')}
        value={intl}
        onChange={setIntl}
        searchable
        miw={200}
      />
      <Select
        label={t('buddyUi.sides.local')}
        data={options('local')}
        value={local}
        onChange={setLocal}
        searchable
        miw={200}
      />
      <Button type="submit" variant="light" loading={add.isPending}>
        {t('buddyUi.round.addPair')}
      </Button>
    </Group>
  );
}
