import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/graphql/pagination';
import { Affiliation } from './affiliation.entity';
import { Contact } from './contact.entity';

@ObjectType()
export class ContactConnection extends ConnectionType(Contact) {}

@ObjectType()
export class AffiliationConnection extends ConnectionType(Affiliation) {}
