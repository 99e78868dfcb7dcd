import '@mantine/core/styles/Badge.css';
import { Badge, Button, Checkbox, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type IntegrationRole, WEBHOOK_EVENT_KEYS, WEBHOOK_EVENTS, type WebhookEvent } from '#shared/integrations';
import type { Webhook } from '#shared/schemas/integrations';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { ShownOnce } from '#web/components/ui/ShownOnce';
import { useServerForm } from '#web/lib/form';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useCreateWebhook, useUpdateWebhook, useWebhooks } from '../api/integrations';
import { DeliveriesTable } from './DeliveriesTable';
import { RoleUnitFields } from './RoleUnitFields';

type Draft = { name: string; url: string; events: WebhookEvent[]; role: IntegrationRole; unitId: number | null };

/** Webhook subscriptions: add one (its signing secret shown once), turn it on or off, read its deliveries. */
export function WebhooksPanel() {
  const { t } = useTranslation();
  const hooks = useWebhooks();
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const [secret, setSecret] = useState<string | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const separator = t('integrationsUi.separator');
  const f = useServerForm<Draft>({
    initial: { name: '', url: '', events: ['agreement.status_changed'], role: 'executive', unitId: null },
    validate: (v, required) =>
      required([
        ...(v.name.trim() ? [] : ['name']),
        ...(v.url.trim() ? [] : ['url']),
        ...(v.events.length ? [] : ['events']),
        ...(v.unitId ? [] : ['unitId']),
      ]),
    send: async (v) => {
      const made = await create.mutateAsync({ ...v, unitId: v.unitId as number, active: true });
      setSecret(made.secret);
    },
  });
  const toggle = (h: Webhook) =>
    update.mutate(
      { ...h, active: !h.active },
      { onSuccess: () => notifySuccess(t('integrationsUi.hooks.saved')), onError: notifyError },
    );
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('integrationsUi.hooks.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('integrationsUi.hooks.verify')}
        </Text>
        <form onSubmit={f.submit} noValidate>
          <Stack gap="xs">
            <TextInput label={t('integrationsUi.name')} required {...f.text('name')} />
            <TextInput label={t('integrationsUi.hooks.url')} type="url" required {...f.text('url')} />
            <Checkbox.Group
              label={t('integrationsUi.hooks.events')}
              value={f.form.events}
              onChange={(v) => f.set('events', v as WebhookEvent[])}
              error={f.errors.events}
              required
            >
              <Stack gap={4} mt={4}>
                {WEBHOOK_EVENTS.map((e) => (
                  <Checkbox key={e} value={e} label={t(`integrationsUi.events.${WEBHOOK_EVENT_KEYS[e]}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
            <RoleUnitFields
              role={f.form.role}
              unitId={f.form.unitId}
              onRole={(r) => f.set('role', r)}
              onUnit={(u) => f.set('unitId', u)}
              errors={f.errors}
            />
            {f.formError ? (
              <Text c="red" size="sm" role="alert">
                {f.formError}
              </Text>
            ) : null}
            <Group>
              <Button type="submit" loading={f.busy}>
                {t('integrationsUi.hooks.create')}
              </Button>
            </Group>
          </Stack>
        </form>
        {secret ? <ShownOnce note={t('integrationsUi.hooks.secret')} value={secret} /> : null}
        {hooks.isPending ? <Loading /> : null}
        <ErrorAlert error={hooks.error} />
        {hooks.data && !hooks.data.items.length ? <Text c="dimmed">{t('integrationsUi.hooks.none')}</Text> : null}
        {hooks.data?.items.map((h) => (
          <Paper key={h.id} withBorder p="sm">
            <Stack gap="xs">
              <Group justify="space-between" wrap="wrap">
                <Text fw={600}>{h.name}</Text>
                <Badge variant="light" color={h.active ? 'green' : 'gray'}>
                  {h.active ? t('integrationsUi.hooks.active') : t('integrationsUi.hooks.inactive')}
                </Badge>
              </Group>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {h.url}
              </Text>
              <Text size="sm" c="dimmed">
                {h.events.map((e) => t(`integrationsUi.events.${WEBHOOK_EVENT_KEYS[e]}`)).join(separator)} ·{' '}
                {t(`roles.${h.role}`)}
              </Text>
              <Group gap="xs">
                <Switch
                  checked={h.active}
                  onChange={() => toggle(h)}
                  label={t('integrationsUi.hooks.active')}
                  aria-label={`${t('integrationsUi.hooks.active')} ${h.name}`}
                />
                <Button size="xs" variant="subtle" onClick={() => setOpen(open === h.id ? null : h.id)}>
                  {t('integrationsUi.hooks.showDeliveries')}
                </Button>
              </Group>
              {open === h.id ? <DeliveriesTable webhookId={h.id} /> : null}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Paper>
  );
}
