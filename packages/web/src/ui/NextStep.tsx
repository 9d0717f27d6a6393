import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

export interface NextStepProps {
  /** Why there is nothing: "No organizations yet", "No need matches these filters". */
  title: string;
  /** What to do next, in a sentence. */
  description?: ReactNode;
  /** The button that does it, when the person's role allows. */
  action?: ReactNode;
  icon?: ReactNode;
}

/**
 * What an empty list says, everywhere the same: why it is empty and the next step, with a button
 * for it ("New organization", "Clear filters") when the person may take it.
 */
export function NextStep({ title, description, action, icon }: NextStepProps) {
  return (
    <EmptyState py="xl" icon={icon} title={title} description={description}>
      {action ? <EmptyState.Actions>{action}</EmptyState.Actions> : null}
    </EmptyState>
  );
}
