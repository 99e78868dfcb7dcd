import '@mantine/core/styles/Badge.css';
import '#web/lib/accountStrings';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Table.css';
import { Badge, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES } from '#shared/roles';
import { SearchInput } from '#web/components/ui/ListFilters';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useUnitName } from '#web/lib/reference';
import { useCan } from '#web/lib/session';
import { useUrlSearch } from '#web/lib/urlSearch';
import { PAGE_SIZE, useUsers } from '../api/users';
import { parseUserSearch, type UserSearch } from '../search';

/** Accounts (administrators only): search by name or e-mail, filter by role and unit. */
export function UsersListPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unitName = useUnitName();
  const { search, update } = useUrlSearch(paths.users(), parseUserSearch);
  const canCreate = useCan('users', 'create');
  const list = useUsers(search);

  return (
    <>
      <PageHeader
        title={t('users.list.title')}
        actions={canCreate ? <ButtonLink to={paths.userNew()}>{t('users.list.new')}</ButtonLink> : null}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mb="md" role="search" className="no-print">
        <SearchInput
          label={t('users.list.search')}
          placeholder={t('users.list.searchPlaceholder')}
          value={search.q}
          onSearch={(q) => update({ q })}
        />
        <Select
          label={t('users.list.role')}
          placeholder={t('common.all')}
          clearable
          data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={search.role ?? null}
          onChange={(v) => update({ role: (v as UserSearch['role']) ?? undefined })}
        />
        <UnitSelect
          label={t('users.list.unit')}
          placeholder={t('common.all')}
          value={search.unitId ?? null}
          onChange={(v) => update({ unitId: v ?? undefined })}
        />
      </SimpleGrid>
      <PagedList
        query={list}
        pageSize={PAGE_SIZE}
        empty={t('users.list.empty')}
        onPage={(page, cursor) => update({ page, cursor }, false)}
        onCountExactly={() => update({ count: 'exact' }, false)}
      >
        {(items) => (
          <ScrollTable label={t('users.list.title')} minWidth={760}>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('users.list.name')}</Table.Th>
                  <Table.Th scope="col">{t('users.fields.email')}</Table.Th>
                  <Table.Th scope="col">{t('users.form.roles')}</Table.Th>
                  <Table.Th scope="col">{t('users.fields.active')}</Table.Th>
                  <Table.Th scope="col">{t('users.list.lastLogin')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td>
                      <AnchorLink to={paths.user(u.id)} fw={600}>
                        {fmt.name(u.nameZh, u.nameEn) || u.email}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{u.email}</Table.Td>
                    <Table.Td>
                      <Stack gap={0}>
                        {u.roles.map((r) => (
                          <Text size="sm" key={`${r.role}-${r.unitId}`}>
                            {t(`roles.${r.role}`)} · {unitName(r.unitId)}
                          </Text>
                        ))}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={u.active ? 'teal' : 'gray'} tt="none">
                        {u.active ? t('users.list.active') : t('users.list.inactive')}
                      </Badge>
                      {u.invitePending ? (
                        <Badge variant="light" color="yellow" tt="none" ml={4}>
                          {t('users.form.pending')}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{u.lastLoginAt ? fmt.dateTime(u.lastLoginAt) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </PagedList>
    </>
  );
}
