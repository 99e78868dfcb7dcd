import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '#web/components/ui/LanguageSwitch';
import { UniversityBrand } from '#web/components/ui/UniversityBrand';
import { useDocumentTitle } from '#web/lib/title';

/** The frame of the desk's public pages (no sign-in): the university, the language switch, one card. */
export function PublicFrame({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <Box mih="100dvh" bg="gray.0">
      <Group component="header" justify="space-between" px="md" py="sm" wrap="nowrap">
        <UniversityBrand />
        <LanguageSwitch />
      </Group>
      <Container component="main" size={640} px="md" py="lg">
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'md', sm: 'xl' }}>
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
      </Container>
    </Box>
  );
}
