import { graphqlEnum, type EnumValue } from '../../core/graphql/graphql-enum.js';

export const SupervisionMode = graphqlEnum('SupervisionMode', ['IN_PERSON', 'VIDEO', 'PHONE']);
export type SupervisionMode = EnumValue<typeof SupervisionMode>;
