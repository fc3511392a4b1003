// A parameter's value as the SDK wants it, from text (a flag) or JSON (a bulk line, an --input
// document): integers past 2^53-1 as bigint, booleans as true/false; a secret is never echoed.
import type { CliOption } from './operations.js';
import { UsageError } from './usage-error.js';

/** A scalar given as text (a flag) or as JSON (a bulk line), as the SDK wants it. */
export function scalarValue(option: CliOption, value: unknown, where: string): unknown {
  if (typeof value !== 'string') return value;
  // A secret's value (format: password) is never repeated back.
  const given = option.secret === true ? '' : `, not '${value}'`;
  switch (option.type) {
    case 'integer': {
      if (!/^-?\d+$/.test(value)) throw new UsageError(`${where} must be a whole number${given}`);
      const number = Number(value);
      return Number.isSafeInteger(number) ? number : BigInt(value);
    }
    case 'number': {
      const number = value.trim() === '' ? Number.NaN : Number(value);
      if (!Number.isFinite(number)) throw new UsageError(`${where} must be a number${given}`);
      return number;
    }
    case 'boolean':
      if (value === 'true' || value === 'false') return value === 'true';
      throw new UsageError(`${where} must be true or false${given}`);
    default:
      return value;
  }
}
