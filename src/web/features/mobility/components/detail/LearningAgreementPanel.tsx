import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Table.css';
import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mobility } from '#shared/schemas/mobility';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import {
  useLearningAgreementAction,
  useRecognizeCredits,
  useSaveLearningAgreement,
} from '#web/features/mobility/api/mobility';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';

type Line = {
  abroadCode: string;
  abroadTitle: string;
  abroadCredits: number | null;
  homeCode: string;
  homeTitle: string;
  homeCredits: number | null;
};
const blank = (): Line => ({
  abroadCode: '',
  abroadTitle: '',
  abroadCredits: null,
  homeCode: '',
  homeTitle: '',
  homeCredits: null,
});

/**
 * The learning agreement: courses abroad ↔ home courses; edited while a draft (or sent back), submitted,
 * approved or rejected by the department; after return, the credits recognised per line.
 */
export function LearningAgreementPanel({ mobility: m }: { mobility: Mobility }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const la = m.learningAgreement;
  const [editing, setEditing] = useState(false);
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <Title order={2} size="h4">
            {t('mobilityUi.la.title')}
          </Title>
          {la.status ? (
            <Badge
              variant="light"
              tt="none"
              color={la.status === 'approved' ? 'green' : la.status === 'rejected' ? 'red' : 'blue'}
            >
              {t(`learningAgreementStatuses.${la.status}`)}
            </Badge>
          ) : null}
        </Group>
        {m.permissions.editLearningAgreement && !editing ? (
          <Button variant="default" size="xs" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        ) : null}
      </Group>
      {la.approvedAt ? (
        <Text size="sm" c="dimmed" mb="xs">
          {t('mobilityUi.la.decided', { who: la.approvedBy ?? '—', when: fmt.date(la.approvedAt.slice(0, 10)) })}
        </Text>
      ) : null}
      {la.status === 'rejected' && la.rejectionReason ? (
        <Alert color="red" variant="light" title={t('mobilityUi.la.rejectedBecause')} p="xs" mb="xs">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {la.rejectionReason}
          </Text>
        </Alert>
      ) : null}
      {editing ? (
        <CoursesEditor mobility={m} onDone={() => setEditing(false)} />
      ) : m.permissions.recognizeCredits ? (
        <RecognitionEditor mobility={m} />
      ) : (
        <CoursesTable mobility={m} />
      )}
      {!editing ? <Decisions mobility={m} /> : null}
    </Paper>
  );
}

function CoursesTable({ mobility: m }: { mobility: Mobility }) {
  const { t } = useTranslation();
  const courses = m.learningAgreement.courses;
  if (!courses.length) return <Text c="dimmed">{t('mobilityUi.la.empty')}</Text>;
  return (
    <ScrollTable label={t('mobilityUi.la.title')} minWidth={720}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('mobilityUi.la.abroad')}</Table.Th>
            <Table.Th scope="col">{t('mobilityFields.credits')}</Table.Th>
            <Table.Th scope="col">{t('mobilityUi.la.home')}</Table.Th>
            <Table.Th scope="col">{t('mobilityFields.credits')}</Table.Th>
            <Table.Th scope="col">{t('mobilityUi.la.grade')}</Table.Th>
            <Table.Th scope="col">{t('mobilityUi.la.recognized')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {courses.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{[c.abroadCode, c.abroadTitle].filter(Boolean).join(' ')}</Table.Td>
              <Table.Td>{c.abroadCredits}</Table.Td>
              <Table.Td>{[c.homeCode, c.homeTitle].filter(Boolean).join(' ') || '—'}</Table.Td>
              <Table.Td>{c.homeCredits ?? '—'}</Table.Td>
              <Table.Td>{c.grade ?? '—'}</Table.Td>
              <Table.Td>{c.recognizedCredits ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function CoursesEditor({ mobility: m, onDone }: { mobility: Mobility; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveLearningAgreement(m.id);
  const [lines, setLines] = useState<Line[]>(() =>
    m.learningAgreement.courses.length
      ? m.learningAgreement.courses.map((c) => ({
          abroadCode: c.abroadCode ?? '',
          abroadTitle: c.abroadTitle,
          abroadCredits: c.abroadCredits,
          homeCode: c.homeCode ?? '',
          homeTitle: c.homeTitle ?? '',
          homeCredits: c.homeCredits,
        }))
      : [blank()],
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = (i: number, patch: Partial<Line>) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  async function submit() {
    try {
      await save.mutateAsync({
        version: m.version,
        courses: lines.map((l) => ({ ...l, abroadCredits: l.abroadCredits ?? 0 })),
      });
      notifySuccess(t('mobilityUi.la.saved'));
      onDone();
    } catch (err) {
      setErrors(fieldErrors(err));
      if (!Object.keys(fieldErrors(err)).length) notifyError(err);
    }
  }
  return (
    <Stack gap="sm">
      {lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved
        <Paper key={i} withBorder p="xs">
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('mobilityUi.la.abroadCode')}
              value={l.abroadCode}
              onChange={(e) => change(i, { abroadCode: e.currentTarget.value })}
            />
            <TextInput
              label={t('mobilityUi.la.abroadTitle')}
              required
              value={l.abroadTitle}
              error={errors[`courses.${i}.abroadTitle`]}
              onChange={(e) => change(i, { abroadTitle: e.currentTarget.value })}
            />
            <NumberInput
              label={t('mobilityUi.la.abroadCredits')}
              min={0}
              value={l.abroadCredits ?? ''}
              error={errors[`courses.${i}.abroadCredits`]}
              onChange={(v) => change(i, { abroadCredits: typeof v === 'number' ? v : null })}
            />
          </Group>
          <Group grow align="flex-start" wrap="wrap" mt="xs">
            <TextInput
              label={t('mobilityUi.la.homeCode')}
              value={l.homeCode}
              onChange={(e) => change(i, { homeCode: e.currentTarget.value })}
            />
            <TextInput
              label={t('mobilityUi.la.homeTitle')}
              value={l.homeTitle}
              onChange={(e) => change(i, { homeTitle: e.currentTarget.value })}
            />
            <NumberInput
              label={t('mobilityUi.la.homeCredits')}
              min={0}
              value={l.homeCredits ?? ''}
              onChange={(v) => change(i, { homeCredits: typeof v === 'number' ? v : null })}
            />
          </Group>
          <Group justify="flex-end" mt="xs">
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
            >
              {t('mobilityUi.la.removeLine')}
            </Button>
          </Group>
        </Paper>
      ))}
      <Group justify="space-between">
        <Button variant="default" size="xs" onClick={() => setLines((ls) => [...ls, blank()])}>
          {t('mobilityUi.la.addLine')}
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button loading={save.isPending} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

function RecognitionEditor({ mobility: m }: { mobility: Mobility }) {
  const { t } = useTranslation();
  const recognize = useRecognizeCredits(m.id);
  const [values, setValues] = useState(() =>
    m.learningAgreement.courses.map((c) => ({
      id: c.id,
      recognizedCredits: c.recognizedCredits,
      grade: c.grade ?? '',
    })),
  );
  const change = (i: number, patch: Partial<(typeof values)[number]>) =>
    setValues((vs) => vs.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  return (
    <Stack gap="sm">
      <Text size="sm">{t('mobilityUi.la.recognizeHint')}</Text>
      {m.learningAgreement.courses.map((c, i) => (
        <Group key={c.id} grow align="flex-end" wrap="wrap">
          <Text size="sm">
            {c.abroadTitle} ({c.abroadCredits}) → {c.homeTitle ?? '—'} ({c.homeCredits ?? '—'})
          </Text>
          <NumberInput
            label={t('mobilityUi.la.recognized')}
            min={0}
            value={values[i]?.recognizedCredits ?? ''}
            onChange={(v) => change(i, { recognizedCredits: typeof v === 'number' ? v : null })}
          />
          <TextInput
            label={t('mobilityUi.la.grade')}
            value={values[i]?.grade ?? ''}
            onChange={(e) => change(i, { grade: e.currentTarget.value })}
          />
        </Group>
      ))}
      <Group justify="flex-end">
        <Button
          loading={recognize.isPending}
          onClick={() =>
            void recognize
              .mutateAsync({ version: m.version, lines: values })
              .then(() => notifySuccess(t('mobilityUi.la.recognizedSaved')), notifyError)
          }
        >
          {t('mobilityUi.la.saveRecognition')}
        </Button>
      </Group>
    </Stack>
  );
}

function Decisions({ mobility: m }: { mobility: Mobility }) {
  const { t } = useTranslation();
  const act = useLearningAgreementAction(m.id);
  const [comment, setComment] = useState('');
  const actions = m.permissions.learningAgreementActions;
  if (!actions.length) return null;
  const run = (action: (typeof actions)[number]) =>
    void act.mutateAsync({ action, version: m.version, comment: comment || null }).then(() => {
      setComment('');
      notifySuccess(t('mobilityUi.transitions.done'));
    }, notifyError);
  return (
    <Stack gap="xs" mt="md">
      {actions.includes('reject') ? (
        <Textarea
          label={t('mobilityUi.la.comment')}
          autosize
          minRows={2}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
      ) : null}
      <Group justify="flex-end" gap="xs">
        {actions.map((a) => (
          <Button
            key={a}
            variant={a === 'reject' ? 'default' : 'filled'}
            loading={act.isPending}
            onClick={() => run(a)}
          >
            {t(`mobilityUi.la.actions.${a}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
