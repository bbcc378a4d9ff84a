import { FAILSAFE_SCHEMA, Type, type Schema } from 'js-yaml';

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const INFINITY_OR_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FRACTION = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: unknown) => data === null || (typeof data === 'string' && NULL.test(data)),
  construct: () => null,
  predicate: (value: unknown) => value === null,
});

const bool = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && BOOL.test(data),
  construct: (data: string) => data[0] === 't' || data[0] === 'T',
  predicate: (value: unknown) => typeof value === 'boolean',
});

const int = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && (DECIMAL.test(data) || OCTAL.test(data) || HEX.test(data)),
  construct: (data: string) => (OCTAL.test(data) ? parseInt(data.slice(2), 8) : HEX.test(data) ? parseInt(data.slice(2), 16) : parseInt(data, 10)),
  predicate: (value: unknown) => Number.isInteger(value),
});

const float = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && (INFINITY_OR_NAN.test(data) || EXPONENT.test(data) || FRACTION.test(data)),
  construct: (data: string) => {
    if (!INFINITY_OR_NAN.test(data)) return parseFloat(data);
    if (data.slice(-3).toLowerCase() === 'nan') return NaN;
    return data.startsWith('-') ? -Infinity : Infinity;
  },
  predicate: (value: unknown) => typeof value === 'number',
});

/**
 * The YAML 1.2 core schema for js-yaml, resolving plain scalars exactly as the `yaml` library
 * does with `version: '1.2'`: js-yaml's own core schema also reads `1_000`, `0b101` and `+.5e3`
 * the YAML 1.1 way, and the two readers must agree on every value.
 */
export const YAML_12_CORE: Schema = FAILSAFE_SCHEMA.extend({ implicit: [nullType, bool, int, float] });
