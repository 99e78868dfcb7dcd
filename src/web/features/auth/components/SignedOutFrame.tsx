import { Alert, Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '#web/components/ui/LanguageSwitch';
import { UniversityBrand } from '#web/components/ui/UniversityBrand';
import { useDocumentTitle } from '#web/lib/title';

type Props = {
  title: string;
  intro?: string;
  error?: string | null;
  onSubmit: (e: FormEvent) => void;
  children: ReactNode;
};

/** The frame of the signed-out pages (sign in, forgot password, set password): a card with one form. */
export function SignedOutFrame({ title, intro, error, onSubmit, children }: Props) {
  const { t } = useTranslation();
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
        <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
          <form onSubmit={onSubmit} noValidate>
            <Stack>
              <div>
                <Title order={1} size="h2">
                  {title}
                </Title>
                <Text size="sm" c="dimmed" mt={4}>
                  {intro ?? t('app.name')}
                </Text>
              </div>
              {error ? (
                <Alert color="red" variant="light" role="alert">
                  {error}
                </Alert>
              ) : null}
              {children}
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}
