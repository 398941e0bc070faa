/**
 * What a mixin of GraphQL fields or columns extends (`PersonColumns(CaseRecordRow)`,
 * `VersionedEdit(Fields)`): TypeScript asks for exactly this constructor type (any[]).
 */
export type MixinBase = abstract new (...args: any[]) => object;
