import type { StageStatus } from '@opsplan/domain';

/** Tag colours and bar fills per stage status. */
export const STAGE_STATUS_TAG: Record<StageStatus, string> = {
  not_started: 'default',
  in_progress: 'blue',
  submitted: 'gold',
  approved: 'green',
  returned: 'volcano',
};

export const STAGE_STATUS_FILL: Record<StageStatus, string> = {
  not_started: '#d9d9d9',
  in_progress: '#69b1ff',
  submitted: '#ffd666',
  approved: '#95de64',
  returned: '#ff9c6e',
};
