import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { describeError } from './describeError';

export interface ErrorAlertProps {
  error: unknown;
  /** Replaces the title derived from the error. */
  title?: string;
  /** How the form names its fields, for the list of invalid inputs. */
  fieldLabels?: Record<string, string>;
  /** Shows a "Try again" button. */
  onRetry?: () => void;
  /** More buttons, e.g. "Load their version" for a conflict. */
  actions?: ReactNode;
}

/** An API or network error said in sentences, with what the person can do about it. */
export function ErrorAlert({ error, title, fieldLabels, onRetry, actions }: ErrorAlertProps) {
  const description = describeError(error, fieldLabels);
  return (
    <Alert
      role="alert"
      color={description.code === 'CONFLICT' || description.code === 'BAD_USER_INPUT' ? 'orange' : 'red'}
      icon={<IconAlertTriangle aria-hidden />}
      title={title ?? description.title}
    >
      <Text size="sm">{description.message}</Text>
      {description.details.length > 0 && (
        <List size="sm" mt="xs">
          {description.details.map((detail) => (
            <List.Item key={detail}>{detail}</List.Item>
          ))}
        </List>
      )}
      {(onRetry || actions) && (
        <Group mt="sm" gap="xs">
          {onRetry && (
            <Button
              size="xs"
              variant="white"
              color="dark"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={onRetry}
            >
              Try again
            </Button>
          )}
          {actions}
        </Group>
      )}
    </Alert>
  );
}
