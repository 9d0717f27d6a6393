import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';

/** The secret of a token just made: shown this once, with a copy button; the server keeps only its hash. */
export function IssuedTokenAlert({ name, secret, onDone }: { name: string; secret: string; onDone(): void }) {
  return (
    <Alert color="blue" icon={<IconKey aria-hidden />} title={`Token “${name}” created`} mb="md">
      <Stack gap="xs">
        <Text size="sm">
          Copy the secret now: this is the only time it is shown. Send it as <Code>Authorization: Bearer …</Code>.
        </Text>
        <Code block data-testid="issued-token-secret">
          {secret}
        </Code>
        <Group gap="xs">
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                variant={copied ? 'filled' : 'default'}
                leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                onClick={copy}
              >
                {copied ? 'Copied' : 'Copy secret'}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="default" onClick={onDone}>
            I have copied it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
