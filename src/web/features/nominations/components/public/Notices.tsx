import { Alert } from '@mantine/core';

/** A coordinator form's answer above it: the error of the last send, or what its success did. */
export function Notices({ error, done }: { error: string | null; done: string | null }) {
  return (
    <>
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      {done ? (
        <Alert color="green" role="status">
          {done}
        </Alert>
      ) : null}
    </>
  );
}
