import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Badge.css';
import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationRole } from '#shared/integrations';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { ShownOnce } from '#web/components/ui/ShownOnce';
import { useServerForm } from '#web/lib/form';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useUnitOptions } from '#web/lib/reference';
import { useCreateToken, useRevokeToken, useTokens } from '../api/integrations';
import { RoleUnitFields } from './RoleUnitFields';

type Draft = { name: string; role: IntegrationRole; unitId: number | null; expiresOn: string };

/** API tokens: made here (the secret shown once), listed with their last use, revoked. */
export function TokensPanel() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const units = new Map(useUnitOptions().map((u) => [u.value, u.label]));
  const [secret, setSecret] = useState<string | null>(null);
  const f = useServerForm<Draft>({
    initial: { name: '', role: 'executive', unitId: null, expiresOn: '' },
    validate: (v, required) => required([...(v.name.trim() ? [] : ['name']), ...(v.unitId ? [] : ['unitId'])]),
    send: async (v) => {
      const made = await create.mutateAsync({ ...v, unitId: v.unitId as number, expiresOn: v.expiresOn || null });
      setSecret(made.token);
    },
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('integrationsUi.tokens.title')}
        </Title>
        <form onSubmit={f.submit} noValidate>
          <Stack gap="xs">
            <TextInput label={t('integrationsUi.name')} required {...f.text('name')} />
            <RoleUnitFields
              role={f.form.role}
              unitId={f.form.unitId}
              onRole={(r) => f.set('role', r)}
              onUnit={(u) => f.set('unitId', u)}
              errors={f.errors}
            />
            <TextInput type="date" label={t('integrationsUi.tokens.expiresOn')} {...f.text('expiresOn')} />
            {f.formError ? (
              <Text c="red" size="sm" role="alert">
                {f.formError}
              </Text>
            ) : null}
            <Group>
              <Button type="submit" loading={f.busy}>
                {t('integrationsUi.tokens.create')}
              </Button>
            </Group>
          </Stack>
        </form>
        {secret ? <ShownOnce note={t('integrationsUi.tokens.created')} value={secret} /> : null}
        {tokens.isPending ? <Loading /> : null}
        <ErrorAlert error={tokens.error} />
        {tokens.data?.items.length ? (
          <ScrollTable label={t('integrationsUi.tokens.title')} minWidth={640}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('integrationsUi.name')}</Table.Th>
                  <Table.Th>{t('integrationsUi.role')}</Table.Th>
                  <Table.Th>{t('integrationsUi.tokens.prefix')}</Table.Th>
                  <Table.Th>{t('integrationsUi.tokens.lastUsed')}</Table.Th>
                  <Table.Th>{t('integrationsUi.tokens.status')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.data.items.map((k) => (
                  <Table.Tr key={k.id}>
                    <Table.Td>{k.name}</Table.Td>
                    <Table.Td>
                      {t(`roles.${k.role}`)} · {units.get(String(k.unitId)) ?? k.unitId}
                    </Table.Td>
                    <Table.Td>
                      <code>{k.prefix}…</code>
                    </Table.Td>
                    <Table.Td>{k.lastUsedAt ? fmt.dateTime(k.lastUsedAt) : t('integrationsUi.tokens.never')}</Table.Td>
                    <Table.Td>
                      {k.revokedAt ? (
                        t('integrationsUi.tokens.revokedAt', { at: fmt.dateTime(k.revokedAt) })
                      ) : (
                        <Badge variant="light">{t('integrationsUi.tokens.live')}</Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {k.revokedAt ? null : (
                        <Button
                          size="xs"
                          color="red"
                          variant="light"
                          aria-label={`${t('integrationsUi.tokens.revoke')} ${k.name}`}
                          onClick={() =>
                            revoke.mutate(k.id, {
                              onSuccess: () => notifySuccess(t('integrationsUi.tokens.revoked')),
                              onError: notifyError,
                            })
                          }
                        >
                          {t('integrationsUi.tokens.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        ) : tokens.data ? (
          <Text c="dimmed">{t('integrationsUi.tokens.none')}</Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
