import { Field, ID, ObjectType } from 'type-graphql';
import { Contact } from '../contact/contact.entity';
import { documentFileUrl } from '../document/document-file.entity';

@ObjectType({
  description: "A record whose free text or history named an erased person: those words are now '[redacted]'.",
})
export class RedactedRecord {
  @Field({ description: 'Its type: Activity, Document, Organization, Affiliation …' })
  recordType: string;

  @Field(() => ID, { description: 'Its id.' })
  recordId: string;

  @Field(() => [String], { description: 'The fields redacted, or `history` for earlier values in its history.' })
  fields: string[];
}

@ObjectType({
  description:
    'A stored file whose content names an erased person: an admin removes it (DELETE its url) or decides to keep it.',
})
export class FileToReview {
  @Field(() => ID, { description: 'The document carrying the file.' })
  documentId: string;

  @Field({ description: 'The name of the file.' })
  fileName: string;

  @Field({ description: 'Where the file is downloaded (GET) and removed (DELETE).' })
  url(): string {
    return documentFileUrl(this.documentId);
  }
}

@ObjectType({
  description: 'What an erasure did: the tombstone, what it redacted elsewhere, what waits for a decision.',
})
export class ContactErasure {
  @Field(() => Contact, { description: 'The erased contact: a trashed tombstone without personal data.' })
  contact: Contact;

  @Field(() => [RedactedRecord], {
    description: "Other records where the person's emails, phones or name were redacted.",
  })
  redacted: RedactedRecord[];

  @Field(() => [FileToReview], {
    description: 'Stored files whose content names the person; they are kept until an admin removes them.',
  })
  filesToReview: FileToReview[];
}
