import { Field, ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, GeneratedId } from '../../core/database/entity-columns.js';
import { StoredFileColumns } from '../attachments/stored-file-columns.js';

/** A message's file: its id, and the message it came with. */
@ObjectType({ isAbstract: true })
abstract class MessageFileRow {
  @GeneratedId()
  id: string;

  @DbColumn('uuid')
  messageId: string;
}

/** A file sent with a case message (a prescription, a certificate). Its bytes are read only by the download route. */
@ObjectType()
@Entity('case_message_attachment')
export class MessageAttachment extends StoredFileColumns(MessageFileRow) {
  @DbColumn('smallint')
  position: number;

  @Field({ description: 'Relative URL; GET it with the bearer token.' })
  get url(): string {
    return `/attachments/messages/${this.id}`;
  }
}
