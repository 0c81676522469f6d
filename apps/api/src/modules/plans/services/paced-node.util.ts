import { paceOf } from '@opsplan/domain';
import type { PacedNodeDto } from '../dtos/paced-node.dto';
import type { PlanNodeDto } from '../dtos/plan-node.dto';

/** A node with its time elapsed and health on `today` (YYYY-MM-DD, the database's current_date). */
export const pacedNode = (node: PlanNodeDto, today: string): PacedNodeDto => ({ node, ...paceOf(node, today) });
