import '@mantine/core/styles/Table.css';
import { Button, Group, Paper, Spoiler, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentList } from '#shared/schemas/privacy';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useCan } from '#web/lib/session';
import { subjectAccessXlsx, useConsents, useRecordConsent, useWithdrawConsent } from '../api/privacy';
import '../i18n';

/**
 * The person page's privacy section: the notice in force, what the person was told and agreed to (and
 * withdrew), recording by OIA staff or acknowledgement by the person, and the subject-access report for
 * those who may produce it. Hidden for readers who may not see consents (the API answers 403).
 */
export function PersonPrivacy({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const query = useConsents(personId);
  const canReport = useCan('privacy', 'subjectAccess');
  if (!query.data) return null;
  const data = query.data;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="person-privacy">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="person-privacy">
          {t('privacyUi.person.title')}
        </Title>
        {canReport ? (
          <Button component="a" href={subjectAccessXlsx(personId)} download variant="light" size="xs">
            {t('privacyUi.person.subjectAccess')}
          </Button>
        ) : null}
      </Group>
      <Stack gap="sm">
        <CurrentNotice data={data} personId={personId} />
        <ConsentTable data={data} personId={personId} />
      </Stack>
    </Paper>
  );
}

function CurrentNotice({ data, personId }: { data: ConsentList; personId: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const staff = useCan('privacy', 'exportConsents');
  const record = useRecordConsent(personId);
  const [agreedOn, setAgreedOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const notice = data.current;
  if (!notice) return <Text c="dimmed">{t('privacyUi.person.noNotice')}</Text>;
  async function submit() {
    if (!notice) return;
    setErrors({});
    try {
      await record.mutateAsync({ noticeId: notice.id, ...(staff && agreedOn ? { agreedOn } : {}) });
      notifySuccess(t('privacyUi.person.recorded'));
    } catch (err) {
      setErrors(fieldErrors(err));
      notifyError(err);
    }
  }
  return (
    <Stack gap={4}>
      <Text fw={500}>
        {t('privacyUi.person.current', { version: notice.version, date: fmt.date(notice.effectiveOn) })}
      </Text>
      <Text size="sm">{fmt.name(notice.purposeZh, notice.purposeEn)}</Text>
      <Spoiler maxHeight={48} showLabel={t('privacyUi.person.readMore')} hideLabel={t('privacyUi.person.readLess')}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {fmt.name(notice.textZh, notice.textEn)}
        </Text>
      </Spoiler>
      {data.acknowledgedCurrent ? (
        <Text size="sm" fw={600} c="teal.9">
          ✓ {t('privacyUi.person.acknowledged')}
        </Text>
      ) : data.permissions.record ? (
        <Group align="flex-end" wrap="wrap">
          {staff ? (
            <TextInput
              type="date"
              label={t('privacyUi.person.agreedOn')}
              value={agreedOn}
              error={errors.agreedOn}
              onChange={(e) => setAgreedOn(e.currentTarget.value)}
            />
          ) : null}
          <Button onClick={submit} loading={record.isPending}>
            {staff ? t('privacyUi.person.record') : t('privacyUi.person.acknowledge')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function ConsentTable({ data, personId }: { data: ConsentList; personId: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const withdraw = useWithdrawConsent(personId);
  if (!data.items.length) return <Text c="dimmed">{t('privacyUi.person.none')}</Text>;
  return (
    <ScrollTable label={t('privacyUi.person.title')} minWidth={640}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('privacyUi.consent.version')}</Table.Th>
            <Table.Th>{t('privacyUi.consent.purpose')}</Table.Th>
            <Table.Th>{t('privacyUi.consent.agreedOn')}</Table.Th>
            <Table.Th>{t('privacyUi.consent.method')}</Table.Th>
            <Table.Th>{t('privacyUi.consent.withdrawnOn')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>v{c.noticeVersion}</Table.Td>
              <Table.Td>{c.purpose}</Table.Td>
              <Table.Td>{fmt.date(c.agreedOn)}</Table.Td>
              <Table.Td>
                {t(`consentMethods.${c.method}`)}
                {c.recordedByName ? ` · ${c.recordedByName}` : ''}
              </Table.Td>
              <Table.Td>{c.withdrawnOn ? fmt.date(c.withdrawnOn) : ''}</Table.Td>
              <Table.Td>
                {data.permissions.record && !c.withdrawnOn ? (
                  <ConfirmButton
                    label={t('privacyUi.consent.withdraw')}
                    title={t('privacyUi.consent.withdrawTitle')}
                    message={t('privacyUi.consent.withdrawMessage')}
                    onConfirm={() => withdraw.mutateAsync(c)}
                    busy={withdraw.isPending}
                    color="red"
                    size="xs"
                    variant="light"
                  />
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
