import { Button } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { DocumentKind } from '../../../generated/graphql';

/** A record a new document can start attached to, as `/documents/new?<target>=<id>` names it: a kind's `detailField`. */
type DocumentTarget = 'organization' | 'contact' | 'project' | 'need' | 'activity';

export interface NewDocumentButtonProps {
  target: DocumentTarget;
  id: string;
  /** "Write the minutes" on a meeting; "New document" unless told. */
  label?: string;
  /** The title and kind it starts with. */
  title?: string;
  kind?: DocumentKind;
  /** Other records it belongs with: the minutes of a meeting go to the organizations it concerns too. */
  alsoAttachTo?: { target: DocumentTarget; id: string }[];
}

/** Starts a document already attached to the record whose page it is on. */
export function NewDocumentButton({
  target,
  id,
  label = 'New document',
  title,
  kind,
  alsoAttachTo = [],
}: NewDocumentButtonProps) {
  const params = new URLSearchParams({ [target]: id, ...(title && { title }), ...(kind && { kind }) });
  for (const other of alsoAttachTo) params.append(other.target, other.id);
  return (
    <Button
      component={Link}
      to={`/documents/new?${params.toString()}`}
      variant="default"
      leftSection={<IconFilePlus size={18} aria-hidden />}
    >
      {label}
    </Button>
  );
}
