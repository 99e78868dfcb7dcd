import { Avatar, Box, Button, Divider, Paper, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useClickOutside } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logout } from '#web/features/auth/api/auth';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useMe } from '#web/lib/session';

/** 陳國合 → 國合, Grace Chen → GC. */
const initials = (name: string) =>
  /[\u3400-\u9fff]/.test(name)
    ? Array.from(name.replace(/\s+/g, '')).slice(-2).join('')
    : name
        .split(/\s+/)
        .map((p) => Array.from(p)[0] ?? '')
        .join('')
        .slice(0, 2)
        .toUpperCase();

/**
 * Name, roles (with their units), change password, sign out. A plain disclosure (button + panel) rather than
 * a floating menu keeps the shell's initial bundle small; Escape and a click outside close it.
 */
export function UserMenu() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const container = useClickOutside<HTMLDivElement>(() => setOpened(false));
  if (!me) return null;
  const name = fmt.name(me.nameZh, me.nameEn) || me.email;

  const go = async (to: string) => {
    setOpened(false);
    await navigate({ to });
  };
  async function signOut() {
    setOpened(false);
    const providerLogout = await logout().catch(() => undefined);
    // Signed in through the campus provider: end its session too; it sends the browser back to /login.
    if (providerLogout) window.location.assign(providerLogout);
    else await navigate({ to: paths.login() });
  }

  return (
    <Box
      pos="relative"
      ref={container}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && opened) {
          setOpened(false);
          button.current?.focus();
        }
      }}
    >
      <UnstyledButton
        ref={button}
        aria-expanded={opened}
        aria-controls="user-menu-panel"
        onClick={() => setOpened((o) => !o)}
      >
        <Avatar color="blue" radius="xl" size={34}>
          {initials(name)}
        </Avatar>
        <VisuallyHidden>{t('nav.userMenu', { name })}</VisuallyHidden>
      </UnstyledButton>
      {opened ? (
        <Paper
          id="user-menu-panel"
          shadow="md"
          withBorder
          radius="md"
          p="xs"
          pos="absolute"
          right={0}
          top="calc(100% + 8px)"
          w={280}
          maw="calc(100vw - 16px)"
          style={{ zIndex: 400 }}
        >
          <Stack gap={2} px="xs" py={4}>
            <Text fw={600} size="sm">
              {name}
            </Text>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {me.email}
            </Text>
            {me.roles.map((r) => (
              <Text size="xs" key={`${r.role}-${r.unitId}`}>
                {t(`roles.${r.role}`)} · {fmt.name(r.unitNameZh, r.unitNameEn)}
              </Text>
            ))}
          </Stack>
          <Divider my="xs" />
          <Stack gap={2}>
            <Button
              variant="subtle"
              color="dark"
              justify="flex-start"
              fullWidth
              onClick={() => void go(paths.account())}
            >
              {t('nav.changePassword')}
            </Button>
            <Button variant="subtle" color="dark" justify="flex-start" fullWidth onClick={() => void signOut()}>
              {t('nav.signOut')}
            </Button>
          </Stack>
        </Paper>
      ) : null}
    </Box>
  );
}
