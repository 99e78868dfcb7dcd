import { Alert, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { HoneypotField } from '#web/components/ui/HoneypotField';
import { PublicFrame } from '#web/components/ui/PublicFrame';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useSubmit } from '#web/lib/publicForm';
import {
  requestCode,
  session,
  signOut,
  startApplication,
  useMyApplications,
  useOpenRounds,
  verify,
} from '../api/portal';
import '../i18n';

/**
 * The applicant portal's home (no staff account): sign in with a code mailed to the address, then the
 * applicant's own applications and the rounds open now. `website` is the honeypot field.
 */
export function PortalPage() {
  const { t } = useTranslation();
  const [signedIn, setSignedIn] = useState(() => session() !== null);
  return (
    <PublicFrame title={t('portalUi.title')} intro={t('portalUi.intro')}>
      {signedIn ? (
        <Home
          onSignOut={() => {
            signOut();
            setSignedIn(false);
          }}
        />
      ) : (
        <SignIn onSignedIn={() => setSignedIn(true)} />
      )}
    </PublicFrame>
  );
}

function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const search = useSearch({ strict: false }) as { email?: string };
  const [email, setEmail] = useState(search.email ?? '');
  const [website, setWebsite] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState(false);
  const { busy, errors, error, run } = useSubmit();

  return sent ? (
    <form
      onSubmit={(e) =>
        run(e, async () => {
          await verify(email, code);
          onSignedIn();
        })
      }
      noValidate
    >
      <Stack>
        <Alert color="blue" role="status">
          {t('portalUi.codeSent', { email })}
        </Alert>
        {error && !Object.keys(errors).length ? <ErrorAlert error={error} /> : null}
        <TextInput
          label={t('portalUi.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          value={code}
          error={errors.code}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        <Button type="submit" loading={busy} fullWidth>
          {t('portalUi.signIn')}
        </Button>
      </Stack>
    </form>
  ) : (
    <form
      onSubmit={(e) =>
        run(e, async () => {
          await requestCode(email, website);
          setSent(true);
        })
      }
      noValidate
    >
      <Stack>
        {error && !Object.keys(errors).length ? <ErrorAlert error={error} /> : null}
        <TextInput
          label={t('portalUi.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          error={errors.email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <HoneypotField value={website} onChange={setWebsite} />
        <Button type="submit" loading={busy} fullWidth>
          {t('portalUi.sendCode')}
        </Button>
      </Stack>
    </form>
  );
}

function Home({ onSignOut }: { onSignOut: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const mine = useMyApplications(true);
  const rounds = useOpenRounds();
  const [picked, setPicked] = useState<Record<number, string | null>>({});
  const [error, setError] = useState<unknown>(null);
  const open = (id: number) => void navigate({ to: `${paths.admissionPortal()}/${id}` });
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm">{session()?.email}</Text>
        <Button variant="subtle" size="xs" onClick={onSignOut}>
          {t('portalUi.signOut')}
        </Button>
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      <Title order={2} size="h4">
        {t('portalUi.myApplications')}
      </Title>
      {mine.error ? <ErrorAlert error={mine.error} /> : null}
      {mine.data?.items.length === 0 ? <Text size="sm">{t('portalUi.noApplications')}</Text> : null}
      {mine.data?.items.map((a) => (
        <Card key={a.id} withBorder padding="sm">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              #{a.id} · {t(`admissions.statuses.${a.status}`)}
            </Text>
            <Button size="xs" variant="light" onClick={() => open(a.id)}>
              {t('portalUi.open')}
            </Button>
          </Group>
        </Card>
      ))}
      <Title order={2} size="h4">
        {t('portalUi.openRounds')}
      </Title>
      {rounds.data?.items.length === 0 ? <Text size="sm">{t('portalUi.noRounds')}</Text> : null}
      {rounds.data?.items.map((r) => (
        <Card key={r.id} withBorder padding="sm">
          <Stack gap="xs">
            <Text fw={600}>{fmt.name(r.nameZh, r.nameEn)}</Text>
            <Text size="sm" c="dimmed">
              {t(`admissions.kinds.${r.kind}`)} · {fmt.date(r.closesAt.slice(0, 10))}
            </Text>
            <Select
              label={t('admissions.fields.programId')}
              placeholder={t('portalUi.choose')}
              data={r.programs.map((p) => ({
                value: String(p.id),
                label: `${fmt.name(p.nameZh, p.nameEn)} · ${p.languageFramework} ${p.languageLevel}`,
              }))}
              value={picked[r.id] ?? null}
              onChange={(v) => setPicked({ ...picked, [r.id]: v })}
            />
            <Button
              onClick={async () => {
                try {
                  const app = await startApplication(r.id, picked[r.id] ? Number(picked[r.id]) : null);
                  open(app.id);
                } catch (err) {
                  setError(err);
                }
              }}
            >
              {t('portalUi.start')}
            </Button>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
