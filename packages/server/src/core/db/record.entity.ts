import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** Columns every link row has: who made it and when, and a version for optimistic locking. */
@ObjectType()
export abstract class LinkEntity {
  @Field(() => ID, { description: 'The unique id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'When it was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When it was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @Field(() => Int, { description: 'Incremented by each change; updates must send the version they edit.' })
  @VersionColumn()
  version: number;
}

/** Columns every record has: a link's columns plus soft deletion. */
@ObjectType()
export abstract class RecordEntity extends LinkEntity {
  @Field(() => Date, { nullable: true, description: 'When it was moved to the trash; null while live.' })
  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt: Date | null;
}

/** A record that belongs to a user and a team. */
@ObjectType()
export abstract class OwnedRecordEntity extends RecordEntity {
  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  teamId: string | null;
}
