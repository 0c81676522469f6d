import { registerEnumType } from '@nestjs/graphql';
import type { LetterKind } from '@opsplan/domain';

export type PlanVersionSource = 'cycle_approval' | 'manual';

export const PlanVersionSourceEnum = { cycle_approval: 'cycle_approval', manual: 'manual' } as const;
export const LetterKindEnum: { [K in LetterKind]: K } = { director: 'director', department_manager: 'department_manager' };

registerEnumType(PlanVersionSourceEnum, { name: 'PlanVersionSource', description: 'What took the version: approving the planning cycle’s last stage, or a person by hand.' });
registerEnumType(LetterKindEnum, { name: 'ResponsibilityLetterKind', description: 'A director’s letter lists objectives; a department manager’s lists projects.' });
