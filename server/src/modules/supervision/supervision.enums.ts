import { registerEnumType } from '@nestjs/graphql';

export enum SupervisionMode {
  IN_PERSON = 'IN_PERSON',
  VIDEO = 'VIDEO',
  PHONE = 'PHONE',
}
registerEnumType(SupervisionMode, { name: 'SupervisionMode' });
