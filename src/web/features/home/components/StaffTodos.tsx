import '@mantine/core/styles/Badge.css';
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '#web/components/ui/links';
import { useFormat } from '#web/lib/format';
import { useHomeTodos } from '../api/home';
import '../i18n';

/**
 * What waits on a member of staff or a coordinator, shown above the dashboard (issue 23, item 14): one card
 * per kind of to-do, most pressing first, with its count, the first few records and a link to all of them.
 */
export function StaffTodos() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { data } = useHomeTodos();
  if (!data) return null;
  const en = i18n.language === 'en';
  return (
    <Paper withBorder radius="md" p="md" mb="md" component="section" aria-labelledby="home-todos">
      <Title order={2} size="h4" mb="sm" id="home-todos">
        {t('homeUi.todosTitle')}
      </Title>
      {data.staff.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('homeUi.todosEmpty')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {data.staff.map((todo) => (
            <Stack key={todo.kind} gap={4} data-todo={todo.kind}>
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Text fw={600} size="sm">
                  {t(`homeUi.todoKinds.${todo.kind}`)}
                </Text>
                <Badge color={todo.kind === 'slaNearBreach' ? 'red.9' : 'blue.8'} variant="filled">
                  {todo.count}
                </Badge>
              </Group>
              <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
                {todo.entries.map((e) => (
                  <li key={e.id}>
                    <AnchorLink to={e.path} size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {en ? e.titleEn : e.titleZh}
                    </AnchorLink>
                    {e.due ? (
                      <Text span size="xs" c="dimmed" ml={6}>
                        {t('homeUi.todoDue', { date: fmt.date(e.due) })}
                      </Text>
                    ) : null}
                  </li>
                ))}
              </Stack>
              {todo.count > todo.entries.length ? (
                <AnchorLink to={todo.path} size="sm">
                  {t('homeUi.todosMore', { count: todo.count })}
                </AnchorLink>
              ) : null}
            </Stack>
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
}
