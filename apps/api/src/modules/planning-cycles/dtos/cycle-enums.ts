import { registerEnumType } from '@nestjs/graphql';
import { STAGE_STATUSES, StageStatus } from '@opsplan/domain';

export const StageStatusEnum = Object.fromEntries(STAGE_STATUSES.map((s) => [s, s])) as { [K in StageStatus]: K };

registerEnumType(StageStatusEnum, {
  name: 'StageStatus',
  description: 'not_started → in_progress → submitted → approved; a returned stage goes back to work and is submitted again.',
});
