import { Alert, Anchor, Badge, Button, Group, List, Text } from '@mantine/core';
import { IconCopy, IconExternalLink } from '@tabler/icons-react';
import { Link } from 'react-router';

interface PossibleDuplicate {
  id: string;
  name: string;
  /** Where they work, the country… */
  detail?: string | null;
  /** Why it is likely the same: "Same email". */
  badge?: string | null;
}

interface DuplicateWarningProps {
  /** "contact", "organization". */
  noun: string;
  /** Where a record's page is: `/contacts`. */
  basePath: string;
  duplicates: PossibleDuplicate[];
  /** Create nothing: put what was typed into this existing record instead. */
  onMerge(id: string): void;
  merging?: string | null;
}

/** Records that may be the one being entered, each to open or to complete instead of creating a new one. */
export function DuplicateWarning({ noun, basePath, duplicates, onMerge, merging }: DuplicateWarningProps) {
  if (duplicates.length === 0) return null;
  const one = duplicates.length === 1;
  return (
    <Alert
      color="yellow"
      icon={<IconCopy aria-hidden />}
      title={one ? `This ${noun} may already exist` : `These ${noun}s may already exist`}
      aria-live="polite"
    >
      <Text size="sm" mb="xs">
        Open it to check, or merge: what you typed goes into the existing {noun}, and nothing new is created.
      </Text>
      <List spacing="xs" listStyleType="none" ml={0}>
        {duplicates.map((duplicate) => (
          <List.Item key={duplicate.id}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={600}>
                {duplicate.name}
              </Text>
              {duplicate.detail && (
                <Text size="sm" c="dimmed">
                  {duplicate.detail}
                </Text>
              )}
              {duplicate.badge && (
                <Badge size="sm" color="orange" variant="light">
                  {duplicate.badge}
                </Badge>
              )}
              <Anchor
                component={Link}
                to={`${basePath}/${duplicate.id}`}
                target="_blank"
                size="sm"
                c="inherit"
                underline="always"
                aria-label={`Open ${duplicate.name} (new tab)`}
              >
                <Group gap={2} component="span">
                  Open <IconExternalLink size={14} aria-hidden />
                </Group>
              </Anchor>
              <Button
                size="compact-xs"
                variant="light"
                loading={merging === duplicate.id}
                onClick={() => onMerge(duplicate.id)}
                aria-label={`Merge into ${duplicate.name}`}
              >
                Merge
              </Button>
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
