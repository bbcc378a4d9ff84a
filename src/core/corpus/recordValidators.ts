import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import passagesSchema from '../../../corpus/schema/passages.schema.json';
import sourcesSchema from '../../../corpus/schema/sources.schema.json';
import themesSchema from '../../../corpus/schema/themes.schema.json';
import type { JsonPath } from './fieldPath';
import { parsePointer } from './fieldPath';

/** The record lists a corpus file may hold, named by their top-level key. */
export const RECORD_KINDS = ['sources', 'themes', 'passages'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** One schema violation inside a record, with the path relative to that record. */
export interface RecordViolation {
  path: JsonPath;
  message: string;
}

const SCHEMAS: Record<RecordKind, object> = {
  sources: sourcesSchema,
  themes: themesSchema,
  passages: passagesSchema,
};

let validators: Record<RecordKind, ValidateFunction> | undefined;

/** Compiles, once, a validator for a single record of each kind from the corpus schemas. */
function compiled(): Record<RecordKind, ValidateFunction> {
  if (validators) return validators;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const built = {} as Record<RecordKind, ValidateFunction>;
  for (const kind of RECORD_KINDS) {
    ajv.addSchema(SCHEMAS[kind], kind);
    const validate = ajv.getSchema(`${kind}#/properties/${kind}/items`);
    if (!validate) throw new Error(`The ${kind} schema has no record definition.`);
    built[kind] = validate;
  }
  validators = built;
  return built;
}

/** Checks one record against its schema; an empty list means it is valid. */
export function validateRecord(kind: RecordKind, record: unknown): RecordViolation[] {
  const validate = compiled()[kind];
  if (validate(record)) return [];
  return (validate.errors ?? []).map(describeViolation);
}

function describeViolation(error: ErrorObject): RecordViolation {
  const path = parsePointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: [...path, String(params.missingProperty)], message: `is required but missing` };
    case 'additionalProperties':
      return {
        path: [...path, String(params.additionalProperty)],
        message: `is not a known field`,
      };
    case 'enum':
      return {
        path,
        message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    default:
      return { path, message: error.message ?? 'is invalid' };
  }
}
