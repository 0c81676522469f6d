import { Args } from '@nestjs/graphql';
import { ID } from '@nestjs/graphql';
import { PipeTransform } from '@nestjs/common';
import { badInput } from '../errors/app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

class UuidPipe implements PipeTransform<unknown, string> {
  constructor(private readonly field: string) {}
  transform(value: unknown): string {
    if (!isUuid(value)) throw badInput(this.field, `${this.field} is not a valid id.`);
    return value.toLowerCase();
  }
}

/** An `ID!` argument that must be a UUID; anything else is BAD_USER_INPUT naming the argument. */
export const IdArg = (name: string) => Args(name, { type: () => ID }, new UuidPipe(name));

class OptionalUuidPipe implements PipeTransform<unknown, string | null> {
  constructor(private readonly field: string) {}
  transform(value: unknown): string | null {
    return value === undefined || value === null ? null : new UuidPipe(this.field).transform(value);
  }
}

/** An optional `ID` argument: null when absent, otherwise a UUID as for IdArg. */
export const OptionalIdArg = (name: string) => Args(name, { type: () => ID, nullable: true }, new OptionalUuidPipe(name));
