import { Alert, Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NominationLink } from '#shared/schemas/nominations';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { useCreateLink, useResendLink, useRevokeLink } from '../api/nominations';

const STATE_COLOR = { live: 'green', expired: 'gray', revoked: 'red' } as const;
const empty = { contactName: '', contactEmail: '', locale: 'en', expiresOn: '' };

/** A partner's nomination links: make one for a contact (mailed), revoke, resend; when each was last used. */
export function LinksPanel({ partnerId, links }: { partnerId: number; links: NominationLink[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const create = useCreateLink(partnerId);
  const revoke = useRevokeLink(partnerId);
  const resend = useResendLink(partnerId);
  const [v, setV] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [issued, setIssued] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    try {
      const link = await create.mutateAsync({
        contactName: v.contactName,
        contactEmail: v.contactEmail,
        locale: v.locale as 'en' | 'zh-TW',
        expiresOn: v.expiresOn || undefined,
      });
      setIssued(link.url);
      setV(empty);
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  }
  const field = (key: keyof typeof empty) => ({
    value: v[key],
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => setV({ ...v, [key]: e.currentTarget.value }),
  });

  return (
    <Stack>
      <ErrorAlert error={create.error ?? revoke.error ?? resend.error} />
      {issued ? (
        <Alert color="green" role="status" style={{ wordBreak: 'break-all' }}>
          {t('nominationsUi.staff.linkIssued', { url: issued })}
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Group align="end" wrap="wrap">
          <TextInput label={t('nominationsUi.staff.contactName')} required maxLength={200} {...field('contactName')} />
          <TextInput label={t('nominationsUi.staff.contactEmail')} type="email" required {...field('contactEmail')} />
          <Select
            label={t('nominationsUi.staff.locale')}
            data={[
              { value: 'en', label: 'English' },
              { value: 'zh-TW', label: '中文' },
            ]}
            value={v.locale}
            onChange={(locale) => setV({ ...v, locale: locale ?? 'en' })}
            allowDeselect={false}
            w={120}
          />
          <TextInput label={t('nominationsUi.staff.expiresOn')} type="date" {...field('expiresOn')} />
          <Button type="submit" loading={create.isPending}>
            {t('nominationsUi.staff.createLink')}
          </Button>
        </Group>
      </form>
      {links.length === 0 ? (
        <Text c="dimmed">{t('nominationsUi.staff.noLinks')}</Text>
      ) : (
        <ScrollTable label={t('nominationsUi.staff.links')} minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('nominationsUi.staff.contactName')}</Table.Th>
                <Table.Th>{t('nominationsUi.status')}</Table.Th>
                <Table.Th>{t('nominationsUi.staff.expires')}</Table.Th>
                <Table.Th>{t('nominationsUi.staff.lastUsed')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {links.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>
                    <Text size="sm">{l.contactName}</Text>
                    <Text size="xs" c="dimmed">
                      {l.contactEmail}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATE_COLOR[l.state]} variant="light">
                      {t(`nominationsUi.staff.state.${l.state}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{fmt.date(l.expiresAt)}</Table.Td>
                  <Table.Td>{l.lastUsedAt ? fmt.dateTime(l.lastUsedAt) : t('nominationsUi.staff.never')}</Table.Td>
                  <Table.Td>
                    {l.state === 'live' ? (
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => resend.mutate(l.id, { onSuccess: (x) => setIssued(x.url) })}
                        >
                          {t('nominationsUi.staff.resend')}
                        </Button>
                        <Button size="xs" color="red" variant="light" onClick={() => revoke.mutate(l.id)}>
                          {t('nominationsUi.staff.revoke')}
                        </Button>
                      </Group>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
