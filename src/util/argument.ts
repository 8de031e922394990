import { BadUserInputError } from '../errors/domainErrors';

/** An integer argument within [min, max]; the error names the argument and quotes the value. */
export function intInRange(value: number | null | undefined, name: string, min: number, max: number, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new BadUserInputError(`${name} must be an integer from ${min} to ${max} (got ${JSON.stringify(value)})`, name);
  }
  return v;
}

/** A list argument: null or empty means "no filter". */
export function listOrNull<T>(value: readonly T[] | null | undefined): T[] | null {
  return value && value.length > 0 ? [...value] : null;
}

/** A year argument (`asOf`): null when absent; a four-digit year from 1900 to 2100 otherwise. */
export function yearOrNull(value: number | null | undefined, name: string): number | null {
  return value === null || value === undefined ? null : intInRange(value, name, 1900, 2100, value);
}
