import { Avatar, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { logout } from '../features/auth/api/auth';
import { useFormat } from '../lib/format';
import { paths } from '../lib/paths';
import { useMe } from '../lib/session';

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

/** Name, roles (with their units), change password, sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const navigate = useNavigate();
  if (!me) return null;
  const name = fmt.name(me.nameZh, me.nameEn) || me.email;

  async function signOut() {
    await logout().catch(() => undefined);
    await navigate({ to: paths.login() });
  }

  return (
    <Menu position="bottom-end" width={280} withinPortal shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={t('nav.userMenu', { name })}>
          <Avatar color="blue" radius="xl" size={34}>
            {initials(name)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Stack gap={2} px="sm" py="xs">
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
        <Menu.Divider />
        <Menu.Item onClick={() => void navigate({ to: paths.account() })}>{t('nav.changePassword')}</Menu.Item>
        <Menu.Item onClick={() => void signOut()}>
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
