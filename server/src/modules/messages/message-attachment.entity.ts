import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { DbColumn, FieldColumn, GeneratedId } from '../../core/database/entity-columns.js';

/** A file sent with a case message (a prescription, a certificate). Its bytes are read only by the download route. */
@ObjectType()
@Entity('case_message_attachment')
export class MessageAttachment {
  @GeneratedId()
  id: string;

  @DbColumn('uuid')
  messageId: string;

  @DbColumn('smallint')
  position: number;

  @FieldColumn('text')
  fileName: string;

  @FieldColumn('text')
  contentType: string;

  @FieldColumn('integer')
  size: number;

  @Column({ type: 'bytea', select: false })
  content?: Buffer;

  @DbColumn('uuid')
  uploadedByUserId: string;

  @Field({ description: 'Relative URL; GET it with the bearer token.' })
  get url(): string {
    return `/attachments/messages/${this.id}`;
  }
}
