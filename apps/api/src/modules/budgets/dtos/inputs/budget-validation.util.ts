import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
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

/** The most lines of one kind a single save may carry (an import replaces them all at once, through the service). */
export const MAX_LINES_PER_SAVE = 2000;
