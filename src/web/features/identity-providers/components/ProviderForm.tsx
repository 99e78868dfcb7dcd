import {
  Alert,
  Button,
  Group,
  Paper,
  PasswordInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderDetail, ProviderInput } from '#shared/schemas/sso';
import { SSO_MATCH_BY, type SsoMatchBy, type SsoProtocol } from '#shared/sso';
import { fieldErrors } from '#web/lib/api';
import { notifySuccess } from '#web/lib/notify';
import { useSaveProvider } from '../api/identity-providers';
import { type MappingDraft, RoleMapEditor, toDraft } from './RoleMapEditor';

type Text =
  | 'slug'
  | 'nameZh'
  | 'nameEn'
  | 'issuer'
  | 'clientId'
  | 'clientSecret'
  | 'scopes'
  | 'entryPoint'
  | 'idpEntityId'
  | 'matchClaim'
  | 'roleClaim';
type Draft = Record<Text, string> & {
  protocol: SsoProtocol;
  active: boolean;
  matchBy: SsoMatchBy;
  createAccounts: boolean;
  idpCert: string;
};

function draftOf(p: ProviderDetail | null): Draft {
  return {
    protocol: p?.protocol ?? 'oidc',
    slug: p?.slug ?? '',
    nameZh: p?.nameZh ?? '',
    nameEn: p?.nameEn ?? '',
    active: p?.active ?? true,
    issuer: p?.protocol === 'oidc' ? p.issuer : '',
    clientId: p?.protocol === 'oidc' ? p.clientId : '',
    clientSecret: '',
    scopes: p?.protocol === 'oidc' ? p.scopes : 'openid email profile',
    entryPoint: p?.protocol === 'saml' ? p.entryPoint : '',
    idpEntityId: p?.protocol === 'saml' ? (p.idpEntityId ?? '') : '',
    idpCert: p?.protocol === 'saml' ? p.idpCert : '',
    matchBy: p?.matchBy ?? 'email',
    matchClaim: p?.matchClaim ?? 'email',
    createAccounts: p?.createAccounts ?? false,
    roleClaim: p?.roleClaim ?? '',
  };
}

/** The body the API takes; the secret only when one was typed (it is write-only). */
function bodyOf(d: Draft, roleMap: MappingDraft[]): ProviderInput {
  const common = {
    slug: d.slug.trim(),
    nameZh: d.nameZh,
    nameEn: d.nameEn,
    active: d.active,
    matchBy: d.matchBy,
    matchClaim: d.matchClaim,
    createAccounts: d.createAccounts,
    roleClaim: d.roleClaim.trim() || null,
    roleMap: roleMap as ProviderInput['roleMap'],
  };
  if (d.protocol === 'oidc') {
    return {
      ...common,
      protocol: 'oidc',
      issuer: d.issuer,
      clientId: d.clientId,
      scopes: d.scopes,
      ...(d.clientSecret ? { clientSecret: d.clientSecret } : {}),
    };
  }
  return {
    ...common,
    protocol: 'saml',
    entryPoint: d.entryPoint,
    idpEntityId: d.idpEntityId.trim() || null,
    idpCert: d.idpCert,
  };
}

/** Adds or edits a provider (one column on a phone, two on a wide screen). */
export function ProviderForm({ provider, onDone }: { provider: ProviderDetail | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveProvider();
  const [d, setD] = useState(() => draftOf(provider));
  const [roleMap, setRoleMap] = useState<MappingDraft[]>(() => (provider?.roleMap ?? []).map(toDraft));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const text = (name: Text, extra: object = {}) => (
    <TextInput
      label={t(`identityProvidersUi.form.${name}`)}
      value={d[name]}
      error={errors[name]}
      onChange={(e) => setD((v) => ({ ...v, [name]: e.currentTarget.value }))}
      {...extra}
    />
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    const body = bodyOf(d, roleMap);
    try {
      await save.mutateAsync({
        id: provider?.id ?? null,
        body: provider ? { ...body, version: provider.version } : body,
      });
      notifySuccess(t('identityProvidersUi.form.saved'));
      onDone();
    } catch (err) {
      setErrors(fieldErrors(err));
      setFormError(err instanceof Error ? err.message : t('errors.INTERNAL'));
    }
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="provider-form">
      <Title order={2} size="h4" id="provider-form" mb="sm">
        {provider
          ? t('identityProvidersUi.form.editTitle', { name: provider.nameZh })
          : t('identityProvidersUi.form.newTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SegmentedControl
            aria-label={t('identityProvidersUi.form.protocol')}
            value={d.protocol}
            disabled={provider !== null}
            onChange={(protocol) => setD((v) => ({ ...v, protocol: protocol as SsoProtocol }))}
            data={[
              { value: 'oidc', label: t('identityProvidersUi.protocols.oidc') },
              { value: 'saml', label: t('identityProvidersUi.protocols.saml') },
            ]}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {text('slug', { required: true, maxLength: 40 })}
            <Switch
              mt={{ md: 'xl' }}
              label={t('identityProvidersUi.form.active')}
              checked={d.active}
              onChange={(e) => setD((v) => ({ ...v, active: e.currentTarget.checked }))}
            />
            {text('nameZh', { required: true, lang: 'zh-Hant-TW' })}
            {text('nameEn', { required: true, lang: 'en' })}
            {d.protocol === 'oidc' ? (
              <>
                {text('issuer', { required: true, type: 'url' })}
                {text('clientId', { required: true })}
                <PasswordInput
                  label={t('identityProvidersUi.form.clientSecret')}
                  placeholder={
                    provider?.protocol === 'oidc' && provider.hasSecret
                      ? t('identityProvidersUi.form.secretKept')
                      : undefined
                  }
                  autoComplete="new-password"
                  value={d.clientSecret}
                  error={errors.clientSecret}
                  onChange={(e) => setD((v) => ({ ...v, clientSecret: e.currentTarget.value }))}
                />
                {text('scopes')}
              </>
            ) : (
              <>
                {text('entryPoint', { required: true, type: 'url' })}
                {text('idpEntityId')}
              </>
            )}
          </SimpleGrid>
          {d.protocol === 'saml' ? (
            <Textarea
              label={t('identityProvidersUi.form.idpCert')}
              required
              autosize
              minRows={4}
              maxRows={10}
              styles={{ input: { fontFamily: 'monospace' } }}
              value={d.idpCert}
              error={errors.idpCert}
              onChange={(e) => setD((v) => ({ ...v, idpCert: e.currentTarget.value }))}
            />
          ) : null}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <Select
              label={t('identityProvidersUi.form.matchBy')}
              data={SSO_MATCH_BY.map((m) => ({ value: m, label: t(`identityProvidersUi.matchBy.${m}`) }))}
              value={d.matchBy}
              allowDeselect={false}
              onChange={(m) => setD((v) => ({ ...v, matchBy: (m ?? 'email') as SsoMatchBy }))}
            />
            {text('matchClaim', { required: true })}
          </SimpleGrid>
          <Switch
            label={t('identityProvidersUi.form.createAccounts')}
            checked={d.createAccounts}
            onChange={(e) => setD((v) => ({ ...v, createAccounts: e.currentTarget.checked }))}
          />
          {text('roleClaim')}
          <RoleMapEditor value={roleMap} onChange={setRoleMap} errors={errors} />
          {formError ? (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          ) : null}
          <Group gap="sm">
            <Button type="submit" loading={save.isPending}>
              {t('identityProvidersUi.form.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('identityProvidersUi.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
