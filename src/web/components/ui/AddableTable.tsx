import '@mantine/core/styles/Table.css';
import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ScrollTable } from './ScrollTable';

export type AddableColumn<R> = { label: string; cell: (row: R) => ReactNode; title?: (row: R) => string };
export type AddableField<K extends string> = {
  key: K;
  label: string;
  type?: 'text' | 'email' | 'date';
  required?: boolean;
};

type Props<R extends { id: number }, K extends string> = {
  title: string;
  rows: R[];
  columns: AddableColumn<R>[];
  empty: string;
  minWidth: number;
  /** Shown above the table (a warning after the last add, say). */
  notice?: ReactNode;
  /** The add form, when the user may add: its fields, values, field errors from the API, and the button. */
  form?: {
    fields: AddableField<K>[];
    values: Record<K, string>;
    errors: Record<string, string>;
    onChange: (key: K, value: string) => void;
    onSubmit: () => void;
    submit: string;
    busy: boolean;
  };
};

/**
 * A section of a record's page: a titled table of its entries (scrolling sideways on a phone) and, for
 * those who may add, a one-line form below it (an event's registrations, a visit's gift register).
 */
export function AddableTable<R extends { id: number }, K extends string>(p: Props<R, K>) {
  const form = p.form;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {p.title}
        </Title>
        {p.notice}
        {p.rows.length ? (
          <ScrollTable label={p.title} minWidth={p.minWidth}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  {p.columns.map((c) => (
                    <Table.Th key={c.label}>{c.label}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.rows.map((r) => (
                  <Table.Tr key={r.id}>
                    {p.columns.map((c) => (
                      <Table.Td key={c.label} title={c.title?.(r)}>
                        {c.cell(r)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        ) : (
          <Text c="dimmed">{p.empty}</Text>
        )}
        {form ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              form.onSubmit();
            }}
          >
            <Group align="flex-end" gap="xs" wrap="wrap">
              {form.fields.map((f) => (
                <TextInput
                  key={f.key}
                  label={f.label}
                  type={f.type ?? 'text'}
                  required={f.required}
                  value={form.values[f.key]}
                  error={form.errors[f.key]}
                  onChange={(e) => form.onChange(f.key, e.currentTarget.value)}
                />
              ))}
              <Button type="submit" variant="light" loading={form.busy}>
                {form.submit}
              </Button>
            </Group>
          </form>
        ) : null}
      </Stack>
    </Paper>
  );
}
