import { Alert, Anchor, type AlertProps } from '@mantine/core';
import { IconArrowMerge } from '@tabler/icons-react';
import { Link } from 'react-router';

export interface MergedAlertProps {
  /** "organization", "contact": what the record is. */
  noun: string;
  /** The record it was merged into. */
  into: { name: string; to: string };
  mb?: AlertProps['mb'];
}

/** Said at the top of the old page of a merged duplicate: where its links and history went. */
export function MergedAlert({ noun, into, mb }: MergedAlertProps) {
  return (
    <Alert color="blue" title={`Merged into ${into.name}`} icon={<IconArrowMerge size={18} aria-hidden />} mb={mb}>
      This {noun} was a duplicate: it was merged into{' '}
      <Anchor component={Link} to={into.to} fw={600} c="inherit" underline="always">
        {into.name}
      </Anchor>
      , which now holds its links and history. Open that {noun} instead.
    </Alert>
  );
}
