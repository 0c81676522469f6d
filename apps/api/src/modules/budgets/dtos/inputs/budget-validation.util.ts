import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsString, MaxLength, Min, ValidateBy, ValidateNested } from 'class-validator';
import { PlainText, TextLength, Trim } from '../../../../common/graphql/validation';

/**
 * Decimal strings and months are only checked to be short text here:
 * validateBudget (libs/domain) checks their form and range on the whole
 * resulting budget, so every problem names its field the same way
 * (`positions[0].count`) whichever way it came in.
 */
export const IsDecimalText = () => applyDecorators(IsString(), MaxLength(64));
export const IsMonthText = () => applyDecorators(IsString(), MaxLength(16));
export const IsLineName = (max = 200) => applyDecorators(Trim(), IsString(), TextLength(1, max), PlainText());
export const IsVersion = () => applyDecorators(IsInt(), Min(1));
export const IsNestedList = (type: () => new () => object, max: number) =>
  applyDecorators(IsArray(), ArrayMaxSize(max), ValidateNested({ each: true }), Type(type));
export const IsNested = (type: () => new () => object) => applyDecorators(ValidateNested(), Type(type));

/**
 * A figure that only some kinds of driver use (a flat volume's perMonth, a
 * share-of-revenue cost's rate). Given with another kind it would be dropped
 * without a word, so it is refused; null or absent is fine.
 */
export const UsedOnlyWith = (kindField: string, kinds: readonly string[]) =>
  ValidateBy({
    name: 'usedOnlyWith',
    validator: {
      validate: (value, args) => value === undefined || value === null || kinds.includes((args?.object as Record<string, unknown>)[kindField] as string),
      defaultMessage: (args) => `${args?.property ?? 'This figure'} is only used with ${kindField} ${kinds.join(' or ')}; leave it out`,
    },
  });

/** The most lines of one kind a single save may carry (an import replaces them all at once, through the service). */
export const MAX_LINES_PER_SAVE = 2000;
