import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../PageHeader';

export interface RecordNotFoundProps {
  /** How one record and its list are named: `Contact`, `Contacts`. */
  label: string;
  plural: string;
  /** The list's path: `/contacts`. */
  path: string;
  /** Why it may be missing, when more can be said than the trash, sharing or a wrong link. */
  description?: string;
}

/** An id that names no record of a kind the viewer may see: where to go instead. */
export function RecordNotFound({ label, plural, path, description }: RecordNotFoundProps) {
  const noun = label.toLowerCase();
  return (
    <>
      <PageHeader title={`${label} not found`} breadcrumbs={[{ label: plural, to: path }]} />
      <EmptyState
        title={`There is no such ${noun}`}
        description={
          description ?? 'It may have been moved to the trash, it is not shared with you, or the link is wrong.'
        }
      >
        <EmptyState.Actions>
          <Button component={Link} to={path}>
            All {plural.toLowerCase()}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
