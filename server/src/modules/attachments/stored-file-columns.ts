import { ObjectType } from '@nestjs/graphql';
import { Column } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import type { MixinBase } from '../../core/graphql/mixin-base.js';

/**
 * The columns of an uploaded file (an attachment, a message's file): its name, type and size, its
 * bytes (read only by the download route: not selected with the row) and who uploaded it.
 */
export function StoredFileColumns<Base extends MixinBase>(base: Base) {
  @ObjectType({ isAbstract: true })
  abstract class StoredFile extends base {
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
  }
  return StoredFile;
}
