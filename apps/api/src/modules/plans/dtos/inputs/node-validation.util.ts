import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsNumber, IsString, IsUUID, Matches, Max, Min, ValidateIf } from 'class-validator';
import {
  CHECKLIST_ITEM_MAX_LENGTH,
  DECIMAL_PATTERN,
  DIMENSIONS,
  LEVELS,
  NODE_DEPENDENCIES_MAX,
  NODE_DESCRIPTION_MAX_LENGTH,
  NODE_TITLE_MAX_LENGTH,
  NODE_WEIGHT_MAX,
  RECURRENCES,
  STATUSES,
} from '@opsplan/domain';
import { MultilineText, PlainText, TextLength, Trim } from '../../../../common/graphql/validation';

/** Validation shared by the node inputs, so create and update can never disagree. */

/** A UUID, lower-cased so that ids compare equal to those PostgreSQL returns. */
export const IsId = () => applyDecorators(Transform(({ value }) => (typeof value === 'string' ? value.toLowerCase() : value)), IsUUID());

/** Node ids, lower-cased and each named once (naming a dependency twice means it once). */
export const IsDependencies = () =>
  applyDecorators(
    Transform(({ value }) => (Array.isArray(value) ? [...new Set(value.map((v) => (typeof v === 'string' ? v.toLowerCase() : v)))] : value)),
    IsArray(),
    ArrayMaxSize(NODE_DEPENDENCIES_MAX, { message: ({ property }) => `${property} may name at most ${NODE_DEPENDENCIES_MAX} nodes` }),
    IsUUID('all', { each: true, message: ({ property }) => `${property} must name nodes by their ids` }),
  );

export const IsChecklistText = () => applyDecorators(Trim(), IsString(), TextLength(1, CHECKLIST_ITEM_MAX_LENGTH), PlainText());

export const IsRecurrence = () => IsIn(RECURRENCES);

export const IsNodeTitle = () => applyDecorators(Trim(), IsString(), TextLength(1, NODE_TITLE_MAX_LENGTH), PlainText());

export const IsNodeDescription = () => applyDecorators(IsString(), TextLength(0, NODE_DESCRIPTION_MAX_LENGTH), MultilineText());

/** A calendar date as YYYY-MM-DD (no time, no zone). */
export const IsPlanDate = () =>
  applyDecorators(
    IsString(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: ({ property }) => `${property} must be a date like 2027-03-31` }),
    IsISO8601({ strict: true }, { message: ({ property }) => `${property} must be a real calendar date` }),
  );

export const IsWeight = () =>
  applyDecorators(IsNumber({ allowNaN: false, allowInfinity: false }), Min(0), Max(NODE_WEIGHT_MAX));

export const IsPercent = () => applyDecorators(IsNumber({ allowNaN: false, allowInfinity: false }), Min(0), Max(100));

/** A decimal string: no floats, no exponents, no NaN or Infinity. */
export const IsDecimal = () =>
  applyDecorators(
    IsString(),
    Matches(DECIMAL_PATTERN, { message: ({ property }) => `${property} must be a decimal number such as 40 or -12.5 (at most 13 digits and 4 decimals)` }),
  );

export const IsLevel = () => IsIn(LEVELS);
export const IsNodeStatus = () => IsIn(STATUSES);
export const IsDimension = () => IsIn(DIMENSIONS);

/** Validates only when a value was given; null means "clear" (or "unchanged" where the column cannot be empty). */
export const WhenGiven = () => ValidateIf((_object, value) => value !== undefined && value !== null);
