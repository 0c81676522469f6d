import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { Matches, ValidateBy, ValidationOptions } from 'class-validator';
import { badInput } from '../errors/app-error';

/** Trims surrounding white space before validation. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Rejects control characters (tabs, NULs, escape codes) in one-line text. */
export const PlainText = () =>
  Matches(/^[^\p{Cc}]*$/u, { message: ({ property }) => `${property} must not contain control characters` });

/**
 * Multi-line text: line breaks and tabs are fine, other control characters
 * (NULs, escape codes) are not.
 */
export const MultilineText = () =>
  Matches(/^(?:[^\p{Cc}]|[\n\r\t])*$/u, { message: ({ property }) => `${property} must not contain control characters` });

/**
 * Length in characters as PostgreSQL counts them (Unicode code points), so
 * text that passes always fits its varchar column. class-validator's Length
 * counts an emoji's variation selector as nothing, PostgreSQL as one.
 */
export const TextLength = (min: number, max: number, options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'textLength',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          const length = [...value].length;
          return length >= min && length <= max;
        },
        defaultMessage: (args) => {
          const property = args?.property ?? 'text';
          return min > 0 ? `${property} must be ${min} to ${max.toLocaleString('en')} characters long` : `${property} must be at most ${max.toLocaleString('en')} characters long`;
        },
      },
    },
    options,
  );

/**
 * Text PostgreSQL cannot keep as sent: a NUL (refused by text columns) or
 * half of a UTF-16 surrogate pair (the driver would write U+FFFD instead).
 */
const unstorable = (text: string) => text.includes('\u0000') || /\p{Cs}/u.test(text);

/** The path of the first string in `value` holding unstorable text, such as positions[0].roleTitle. */
function unstorableText(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return unstorable(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  // Only what JSON can carry: a Buffer or other class instance is no text.
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = unstorableText(item, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Checks every GraphQL argument, whatever its type, for unstorable text
 * before class-validator runs, so no field (present or future) can take it
 * to the database. (Custom parameters such as the caller are not input.)
 */
class ArgumentValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // GraphQL arguments reach pipes as 'body'.
    if (metadata.type !== 'body') return super.transform(value, metadata);
    // An input object's fields are named without the argument's name, as class-validator names them.
    const inputObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    const field = unstorableText(value, inputObject ? '' : (metadata.data ?? 'input'));
    if (field !== undefined) throw badInput(field, `${field} contains a character that cannot be stored (a NUL or half of a surrogate pair).`);
    return super.transform(value, metadata);
  }
}

/**
 * Validates every @InputType with class-validator. The first problem becomes
 * a BAD_USER_INPUT error naming the field; nothing runs past it.
 */
export function createValidationPipe(): ValidationPipe {
  return new ArgumentValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    exceptionFactory: (errors: ValidationError[]) => {
      const [field, error] = firstProblem(errors, '');
      const message = error ? Object.values(error.constraints ?? {})[0] : 'Invalid input';
      return badInput(field, capitalise(message ?? 'Invalid input'));
    },
  });
}

function firstProblem(errors: ValidationError[], prefix: string): [string, ValidationError | undefined] {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints && Object.keys(error.constraints).length > 0) return [path, error];
    if (error.children?.length) return firstProblem(error.children, path);
  }
  return [prefix || 'input', undefined];
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1) + (s.endsWith('.') ? '' : '.');
