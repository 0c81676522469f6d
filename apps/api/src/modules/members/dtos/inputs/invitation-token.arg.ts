import { PipeTransform } from '@nestjs/common';
import { Args } from '@nestjs/graphql';
import { badInput } from '../../../../common/errors/app-error';

class TokenPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{16,128}$/.test(value)) {
      throw badInput('token', 'The invitation link is incomplete. Copy the whole link and try again.');
    }
    return value;
  }
}

/** The secret part of an invitation link. */
export const InvitationTokenArg = () => Args('token', { type: () => String }, new TokenPipe());
