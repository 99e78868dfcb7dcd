import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '#web/components/ui/LanguageSwitch';
import { UniversityBrand } from '#web/components/ui/UniversityBrand';
import { useDocumentTitle } from '#web/lib/title';

/** The frame of the pages anyone may open without signing in: a cohort application, a certificate check, an event registration, the admissions portal. */
export function PublicFrame({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <Box mih="100dvh" bg="gray.0">
      <Group component="header" justify="space-between" px="md" py="sm" wrap="nowrap">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Text fw={700} size="lg">
            Meridian
          </Text>
          <UniversityBrand />
        </Group>
        <LanguageSwitch />
      </Group>
      <Center component="main" px="md" py="xl">
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'md', sm: 'xl' }} w="100%" maw={560}>
          <Stack>
            <div>
              <Title order={1} size="h2">
                {title}
              </Title>
              {intro ? (
                <Text size="sm" c="dimmed" mt={4}>
                  {intro}
                </Text>
              ) : null}
            </div>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
