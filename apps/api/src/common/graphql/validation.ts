import { ValidationError, ValidationPipe } from '@nestjs/common';
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
 * Validates every @InputType with class-validator. The first problem becomes
 * a BAD_USER_INPUT error naming the field; nothing runs past it.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
