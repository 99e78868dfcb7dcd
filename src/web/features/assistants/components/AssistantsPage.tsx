import '@mantine/core/styles/Table.css';
import { Anchor, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { businessDate, semesterOf } from '#shared/calendar';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useUnitName, useUnits } from '#web/lib/reference';
import { useAssistants, useCreateRound, useRounds } from '../api/assistants';
import { hoursOf, termParams } from './term';
import '../i18n';

/** Staff: the recruitment rounds and every assistant with their hours and open tasks. */
export function AssistantsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const rounds = useRounds();
  const list = useAssistants();
  const unitName = useUnitName();
  return (
    <>
      <PageHeader title={t('assistantsUi.title')} subtitle={t('assistantsUi.intro')} />
      <Stack gap="lg">
        <Card withBorder component="section" aria-labelledby="assistant-rounds">
          <Title order={2} size="h4" id="assistant-rounds" mb="xs">
            {t('assistantsUi.rounds.title')}
          </Title>
          <ErrorAlert error={rounds.error} onRetry={() => rounds.refetch()} />
          <Stack gap={4} mb="sm">
            {rounds.data?.items.map((r) => (
              <Group key={r.id} gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/assistants/rounds/${r.id}`}>
                  {f.name(r.titleZh, r.titleEn)}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {t('assistantsUi.rounds.counts', {
                    applicants: r.applicants,
                    selected: r.selected,
                    places: r.places,
                  })}
                </Text>
              </Group>
            ))}
          </Stack>
          <NewRound />
        </Card>
        <section aria-labelledby="assistant-list">
          <Title order={2} size="h4" id="assistant-list" mb="xs">
            {t('assistantsUi.list.title', { count: list.data?.items.length ?? 0 })}
          </Title>
          <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
          <ScrollTable label={t('assistantsUi.list.title', { count: list.data?.items.length ?? 0 })} minWidth={760}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('assistantsUi.list.name')}</Table.Th>
                  <Table.Th>{t('assistantsUi.list.unit')}</Table.Th>
                  <Table.Th>{t('assistantsUi.list.term')}</Table.Th>
                  <Table.Th>{t('assistantsUi.list.languages')}</Table.Th>
                  <Table.Th ta="right">{t('assistantsUi.list.approved')}</Table.Th>
                  <Table.Th ta="right">{t('assistantsUi.list.pending')}</Table.Th>
                  <Table.Th ta="right">{t('assistantsUi.list.openTasks')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data?.items.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/assistants/${a.id}`}>
                        {f.name(a.nameZh, a.nameEn)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{unitName(a.unitId)}</Table.Td>
                    <Table.Td>{t('assistantsUi.term', termParams(a.academicYear, a.semester))}</Table.Td>
                    <Table.Td>{a.languages.join(', ')}</Table.Td>
                    <Table.Td ta="right">{hoursOf(a.approvedMinutes)}</Table.Td>
                    <Table.Td ta="right">{hoursOf(a.pendingMinutes)}</Table.Td>
                    <Table.Td ta="right">{a.openTasks}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </section>
      </Stack>
    </>
  );
}

/** A new round for this semester, open to the colleges ticked. */
function NewRound() {
  const { t } = useTranslation();
  const f = useFormat();
  const create = useCreateRound();
  const units = useUnits();
  const colleges = (units.data ?? []).filter((u) => u.kind === 'college');
  const [form, setForm] = useState({ titleZh: '', titleEn: '', opensOn: '', closesOn: '', places: '25' });
  const [chosen, setChosen] = useState<number[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Every field of the form: its label, value, change and the API's message for it, in one place.
  const field = (k: keyof typeof form) => ({
    label: t(`assistantsUi.rounds.${k}`),
    value: form[k],
    error: errors[k],
    onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value }),
  });
  const submit = async () => {
    const { academicYear: year, semester } = semesterOf(businessDate(new Date()));
    try {
      await create.mutateAsync({
        ...form,
        academicYear: year,
        semester,
        places: Number(form.places),
        collegeIds: chosen,
      });
      setErrors({});
      notifySuccess(t('assistantsUi.rounds.created'));
    } catch (err) {
      setErrors(fieldErrors(err));
      notifyError(err);
    }
  };
  return (
    <Stack
      gap="xs"
      component="form"
      onSubmit={(e) => (e.preventDefault(), submit())}
      aria-label={t('assistantsUi.rounds.new')}
    >
      <Title order={3} size="h5">
        {t('assistantsUi.rounds.new')}
      </Title>
      <Group grow wrap="wrap" align="flex-start">
        <TextInput {...field('titleZh')} miw={200} />
        <TextInput {...field('titleEn')} miw={200} />
      </Group>
      <Group wrap="wrap" align="flex-start">
        <TextInput type="date" {...field('opensOn')} />
        <TextInput type="date" {...field('closesOn')} />
        <TextInput type="number" {...field('places')} w={110} />
      </Group>
      <Group gap="xs" wrap="wrap" role="group" aria-label={t('assistantsUi.rounds.colleges')}>
        {colleges.map((c) => (
          <Button
            key={c.id}
            size="xs"
            variant={chosen.includes(c.id) ? 'filled' : 'default'}
            aria-pressed={chosen.includes(c.id)}
            onClick={() => setChosen(chosen.includes(c.id) ? chosen.filter((x) => x !== c.id) : [...chosen, c.id])}
          >
            {f.name(c.nameZh, c.nameEn)}
          </Button>
        ))}
      </Group>
      {errors.collegeIds ? (
        <Text size="sm" c="red">
          {errors.collegeIds}
        </Text>
      ) : null}
      <Group>
        <Button type="submit" loading={create.isPending}>
          {t('assistantsUi.rounds.create')}
        </Button>
      </Group>
    </Stack>
  );
}
