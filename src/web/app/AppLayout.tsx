import { AppShell, Burger, Group, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '#web/components/ui/LanguageSwitch';
import { NavLinkLink } from '#web/components/ui/links';
import { UniversityBrand } from '#web/components/ui/UniversityBrand';
import { NotificationBell } from '#web/features/notifications/components/NotificationBell';
import { paths } from '#web/lib/paths';
import { can, useMe } from '#web/lib/session';
import { UserMenu } from './UserMenu';

/** The signed-in shell: header (brand, language, user menu), navbar per capabilities, main content. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  useEffect(() => {
    if (pathname) close();
  }, [pathname, close]);

  const links = [
    { to: paths.home(), label: t('nav.home'), show: true, exact: true },
    { to: paths.partners(), label: t('nav.partners'), show: can(me, 'partners', 'read') },
    { to: paths.agreements(), label: t('nav.agreements'), show: can(me, 'agreements', 'read') },
    { to: paths.people(), label: t('nav.people'), show: can(me, 'people', 'read') },
    { to: paths.mobilities(), label: t('nav.mobility'), show: can(me, 'mobility', 'read') },
    { to: paths.calls(), label: t('nav.calls'), show: can(me, 'calls', 'read') },
    { to: paths.myApplications(), label: t('nav.applications'), show: can(me, 'calls', 'readApplications') },
    { to: paths.checklist(), label: t('nav.checklist'), show: can(me, 'checklist', 'review') },
    { to: paths.funding(), label: t('nav.funding'), show: can(me, 'funding', 'read') },
    { to: paths.reporting(), label: t('nav.reporting'), show: can(me, 'reporting', 'readSubmissions') },
    { to: paths.activities(), label: t('nav.activities'), show: can(me, 'activities', 'read') },
    { to: paths.events(), label: t('nav.events'), show: can(me, 'events', 'read') },
    { to: paths.visits(), label: t('nav.visits'), show: can(me, 'visits', 'read') },
    { to: paths.cohorts(), label: t('nav.cohorts'), show: can(me, 'cohorts', 'read') },
    { to: paths.myMentees(), label: t('nav.myMentees'), show: can(me, 'cohorts', 'mentor') },
    { to: paths.admissions(), label: t('nav.admissions'), show: can(me, 'admissions', 'read') },
    { to: paths.nominations(), label: t('nav.nominations'), show: can(me, 'nominations', 'manage') },
    { to: paths.recruitmentTrips(), label: t('nav.recruitmentTrips'), show: can(me, 'recruitment', 'read') },
    { to: paths.recruitmentFunnel(), label: t('nav.recruitmentFunnel'), show: can(me, 'recruitment', 'read') },
    { to: paths.assistants(), label: t('nav.assistants'), show: can(me, 'assistants', 'manage') },
    { to: paths.myService(), label: t('nav.myService'), show: can(me, 'assistants', 'apply') },
    { to: paths.buddy(), label: t('nav.buddy'), show: can(me, 'buddy', 'read') },
    { to: paths.myBuddy(), label: t('nav.myBuddy'), show: can(me, 'buddy', 'participate') },
    {
      to: paths.reports(),
      label: t('nav.reports'),
      show: can(me, 'reporting', 'readMinistry') || can(me, 'reporting', 'readDashboard'),
    },
    { to: paths.worldMap(), label: t('nav.worldMap'), show: can(me, 'partners', 'read') },
    {
      to: paths.imports(),
      label: t('nav.imports'),
      show: can(me, 'agreements', 'import') || can(me, 'mobility', 'import') || can(me, 'units', 'import'),
    },
    {
      to: paths.enquiries(),
      label: t('nav.enquiries'),
      show: can(me, 'enquiries', 'handle') || can(me, 'enquiries', 'figures'),
    },
    { to: paths.training(), label: t('nav.training'), show: can(me, 'training', 'read') },
    { to: paths.resources(), label: t('nav.resources'), show: can(me, 'resources', 'read') },
    { to: paths.portalAdmin(), label: t('nav.portalAdmin'), show: can(me, 'portal', 'manage') },
    { to: paths.notifications(), label: t('nav.notifications'), show: true },
    { to: paths.outbox(), label: t('nav.outbox'), show: can(me, 'mail', 'outbox') },
    { to: paths.users(), label: t('nav.users'), show: can(me, 'users', 'read') },
    { to: paths.units(), label: t('nav.units'), show: can(me, 'units', 'update') },
    {
      to: paths.academicCalendar(),
      label: t('nav.academicCalendar'),
      show: can(me, 'academicCalendar', 'update'),
    },
    { to: paths.audit(), label: t('nav.audit'), show: can(me, 'audit', 'search') },
    { to: paths.university(), label: t('nav.university'), show: can(me, 'university', 'update') },
    { to: paths.privacy(), label: t('nav.privacy'), show: can(me, 'privacy', 'readRetention') },
    { to: paths.privacyReports(), label: t('nav.privacyReports'), show: can(me, 'privacy', 'accessReport') },
    {
      to: paths.identityProviders(),
      label: t('nav.identityProviders'),
      show: can(me, 'identityProviders', 'update'),
    },
    { to: paths.integrations(), label: t('nav.integrations'), show: can(me, 'integrations', 'manage') },
    { to: paths.calendarFeed(), label: t('nav.calendarFeed'), show: true },
    { to: paths.account(), label: t('nav.account'), show: true },
  ].filter((l) => l.show);
  const isActive = (to: string, exact?: boolean) =>
    exact ? pathname === to : pathname === to || pathname.startsWith(`${to}/`);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a href="#main" className="skip-link">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={opened}
              aria-controls="app-navbar"
            />
            <UnstyledButton component={Link} to={paths.home()} title={t('nav.homeLink')}>
              <Group gap={8} wrap="nowrap">
                <Text fw={800} size="lg" c="blue.9">
                  Meridian
                </Text>
                <Group visibleFrom="md" style={{ minWidth: 0 }}>
                  <UniversityBrand compact />
                </Group>
              </Group>
            </UnstyledButton>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {me ? <NotificationBell /> : null}
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      {/* The administrator's list is taller than a laptop screen: the menu scrolls on its own. */}
      <AppShell.Navbar id="app-navbar" p="xs" aria-label={t('nav.label')} style={{ overflowY: 'auto' }}>
        {links.map((l) => (
          <NavLinkLink
            key={l.to}
            to={l.to}
            label={l.label}
            active={isActive(l.to, l.exact)}
            aria-current={isActive(l.to, l.exact) ? 'page' : undefined}
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
