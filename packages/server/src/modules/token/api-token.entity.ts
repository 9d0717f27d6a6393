import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum TokenScope {
  READ = 'read',
  WRITE = 'write',
}
registerEnumType(TokenScope, {
  name: 'TokenScope',
  description: 'What a token may do: READ only queries, WRITE also mutations (never beyond its owner).',
  valuesConfig: {
    READ: { description: 'Queries only.' },
    WRITE: { description: 'Queries and mutations, within the role of the token owner.' },
  },
});

/** A personal API token; the secret itself is shown once, at creation, and stored hashed. */
@ObjectType({ description: 'A personal API token for scripts.' })
@Entity('api_tokens')
export class ApiToken {
  @Field(() => ID, { description: 'The token record (not the secret).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'When the token was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid' })
  userId: string;

  @Field({ description: 'What the owner called it.' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'The first characters of the secret, to recognise it.' })
  @Column({ type: 'text' })
  prefix: string;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Field(() => TokenScope, { description: 'READ or WRITE.' })
  @Column({ type: 'text' })
  scope: TokenScope;

  @Field(() => Date, { nullable: true, description: 'After this the token no longer works.' })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the token was last used, to the minute.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the token was revoked, if it was.' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
