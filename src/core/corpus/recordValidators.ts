import type { JsonPath } from './fieldPath';
import { parsePointer } from './fieldPath';
import * as generated from './generated/recordSchemas';

/** The record lists a corpus file may hold, named by their top-level key. */
export const RECORD_KINDS = ['sources', 'themes', 'passages'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** One schema violation inside a record, with the path relative to that record. */
export interface RecordViolation {
  path: JsonPath;
  message: string;
}

/** One error of a generated validator, as Ajv reports it. */
interface ErrorObject {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A validator generated from a corpus schema: true for a valid record, else its `errors`. */
interface ValidateFunction {
  (record: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * The validator of one record of `kind`, generated at build time from `corpus/schema` by
 * `scripts/generateValidators.mjs` (Ajv's standalone code): nothing compiles a schema at run
 * time. Read on each call, so the bundles can load the generated code on first use.
 */
function validator(kind: RecordKind): ValidateFunction {
  return (generated as Record<RecordKind, ValidateFunction>)[kind];
}

/** Checks one record against its schema; an empty list means it is valid. */
export function validateRecord(kind: RecordKind, record: unknown): RecordViolation[] {
  const validate = validator(kind);
  if (validate(record)) return [];
  return (validate.errors ?? []).map(describeViolation);
}

function describeViolation(error: ErrorObject): RecordViolation {
  const path = parsePointer(error.instancePath);
  const params = error.params;
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
