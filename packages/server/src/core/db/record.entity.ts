import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** Columns every link row has: who made it and when, and a version for optimistic locking. */
export abstract class LinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @VersionColumn()
  version: number;
}

/** Columns every record has: a link's columns plus soft deletion. */
export abstract class RecordEntity extends LinkEntity {
  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt: Date | null;
}

/** A record that belongs to a user and a team. */
export abstract class OwnedRecordEntity extends RecordEntity {
  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  teamId: string | null;
}
