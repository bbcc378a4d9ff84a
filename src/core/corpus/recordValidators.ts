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

/**
 * Checks one record against its schema; an empty list means it is valid. A number no double
 * can hold (`1e999` reads as Infinity) is reported as out of range at its field, since the
 * schema's `integer` lets Infinity through and its bounds would name only the limit.
 */
export function validateRecord(kind: RecordKind, record: unknown): RecordViolation[] {
  const validate = validator(kind);
  const infinite = nonFiniteNumbers(record, [], []);
  if (validate(record) && infinite.length === 0) return [];
  const paths = new Set(infinite.map((v) => JSON.stringify(v.path)));
  const others = (validate.errors ?? []).map(describeViolation).filter((v) => !paths.has(JSON.stringify(v.path)));
  return [...infinite, ...others];
}

/** Every number in `value` that is not finite, with its path; nothing is allocated for a record without one. */
function nonFiniteNumbers(value: unknown, path: JsonPath, found: RecordViolation[]): RecordViolation[] {
  if (!hasNonFinite(value, 0)) return found;
  if (typeof value === 'number') {
    const message = Number.isNaN(value)
      ? 'is not a number (NaN); write a number such as 1956'
      : `is out of range: it is too large to hold and reads as ${value > 0 ? '' : '-'}infinity; write a number such as 1956`;
    found.push({ path, message });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => nonFiniteNumbers(item, [...path, index], found));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) nonFiniteNumbers(item, [...path, key], found);
  }
  return found;
}

function hasNonFinite(value: unknown, depth: number): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value !== 'object' || value === null || depth > 64) return false;
  if (Array.isArray(value)) return value.some((item) => hasNonFinite(item, depth + 1));
  for (const key in value) if (hasNonFinite((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
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
