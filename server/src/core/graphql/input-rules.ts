import {
  defaultFieldResolver,
  isInputObjectType,
  isObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { AppError } from '../errors/app-error.js';
import { DATE_KIND, dateRangeFault, type DateKind } from '../validation/date-ranges.js';
import { textFault, textFaultKeys } from '../validation/text-rules.js';
import { MULTILINE, MULTILINE_ARGUMENTS } from '../validation/text.js';
import { isUuid } from './uuid.js';

/**
 * The one check every GraphQL argument passes through, whatever resolver, DTO class or service
 * receives it: each value of a field's arguments, as GraphQL coerced it (variables and inline
 * literals alike, defaults included), is walked along the schema's types before the field's
 * resolver runs.
 *
 * - every String and ID: no control characters, bidirectional controls or lone surrogates, and no
 *   line breaks or tabs unless the field is multi-line free text (core/validation/text-rules.ts);
 * - every ID inside an input object must be a well-formed id (a UUID): such an id names
 *   something to use, so anything else is BAD_USER_INPUT naming it. An ID given as a plain
 *   argument is a lookup and is left to the service, which answers NOT_FOUND like for any
 *   unknown id;
 * - every Date: within the range of its kind (core/validation/date-ranges.ts).
 *
 * A refusal is BAD_USER_INPUT naming the field the way the validation pipe does: the path within
 * `input` (`household.1.firstName`), else from the argument (`filter.text`, `reason`); an item of
 * a list of texts is the list's fault (`health.vulnerabilities`), while an id in a list is named by
 * its position (`caseIds.1`), as the services name the id they cannot use.
 */
export function checkFieldArguments(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): void {
  const multilineArguments = (field.extensions?.[MULTILINE_ARGUMENTS] as string[] | undefined) ?? [];
  for (const argument of field.args) {
    if (!(argument.name in args)) continue;
    const path = argument.name === 'input' ? [] : [argument.name];
    walk(args[argument.name], argument.type, path, holderRules(argument, multilineArguments.includes(argument.name)));
  }
}

interface HolderRules {
  multiline: boolean;
  dateKind?: DateKind;
  /** Inside an input object (not a plain argument of the field). */
  nested: boolean;
}

function holderRules(holder: GraphQLArgument | { extensions?: Record<string, unknown> | null }, multiline: boolean, nested = false): HolderRules {
  const extensions = (holder.extensions ?? {}) as Record<string, unknown>;
  return { multiline: multiline || extensions[MULTILINE] === true, dateKind: extensions[DATE_KIND] as DateKind | undefined, nested };
}

/** `household.1.firstName` and `caseIds.1` stay; `health.vulnerabilities.3` is the list `health.vulnerabilities`. */
function fieldName(path: Array<string | number>, scalar: string): string {
  const named = [...path];
  if (scalar !== 'ID') while (named.length > 1 && typeof named.at(-1) === 'number') named.pop();
  return named.length ? named.join('.') : 'input';
}

function walk(value: unknown, type: GraphQLInputType, path: Array<string | number>, rules: HolderRules): void {
  if (value === null || value === undefined) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return;
    value.forEach((item, index) => walk(item, inner.ofType, [...path, index], rules));
    return;
  }
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) walk(fieldValue, field.type, [...path, name], holderRules(field, false, true));
    }
    return;
  }
  if (!isScalarType(inner)) return;
  const at = () => fieldName(path, inner.name);
  if ((inner.name === 'String' || inner.name === 'ID') && typeof value === 'string') {
    const fault = textFault(value, { multiline: rules.multiline && inner.name === 'String' });
    if (fault) throw AppError.badInput(at(), textFaultKeys[fault]);
    if (inner.name === 'ID' && rules.nested && !isUuid(value)) throw AppError.badInput(at(), 'validation.invalidId');
  } else if (inner.name === 'Date' && typeof value === 'string') {
    const fault = dateRangeFault(value, rules.dateKind);
    if (fault) throw AppError.badInput(at(), fault.key, fault.params);
  }
}

/**
 * Puts the check in front of the resolver of every field that takes arguments (Nest's
 * `transformSchema`, before Apollo sees the schema): a refusal is that field's error, with its
 * path, inside the request transaction and in the caller's language. Fields without arguments
 * keep their own resolver untouched: an Apollo `willResolveField` hook would wrap every field of
 * every row (a page of 50 cases is about a thousand), which was about a seventh of the server's
 * time on the case list at volume (issue 10).
 */
export function withInputRules(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        checkFieldArguments(field, args);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
