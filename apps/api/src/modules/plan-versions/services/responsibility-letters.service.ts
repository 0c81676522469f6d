import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { can, LetterContent, PlanSnapshot, responsibilityLetters } from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import { forbidden, notFound } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import { auditBy } from '../../../common/context/audit-context';
import { OrganizationEvents } from '../../events/organization-events.service';
import { AuditService } from '../../audit/services/audit.service';
import type { ResponsibilityLetterDto } from '../dtos/responsibility-letter.dto';

const LETTER_SELECT = `SELECT l.id, l.org_id, l.version_id, l.membership_id, l.acknowledged_at,
    u.id AS user_id, u.email AS user_email, u.display_name AS user_display_name, u.locale AS user_locale
  FROM responsibility_letters l LEFT JOIN users u ON u.id = l.acknowledged_by`;

/** A letter with what its PDF prints about the organisation, the plan and the version. */
export interface LetterDocument {
  letter: ResponsibilityLetterDto;
  organization: { name: string; currency: string };
  plan: { year: number; name: string };
  version: { number: number; label: string; createdAt: Date };
}

/**
 * Target-responsibility letters. Their content comes from the version's
 * snapshot (responsibilityLetters in libs/domain); the rows say whose they
 * are and when they were acknowledged. Executives and admins (plans.manage)
 * see every letter; anyone else sees only their own.
 */
@Injectable()
export class ResponsibilityLettersService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: OrganizationEvents,
  ) {}

  list(caller: MemberCaller, versionId: string): Promise<ResponsibilityLetterDto[]> {
    return this.db.run(caller, async (em) => {
      const version = await this.version(em, caller.orgId, versionId);
      const everyone = can(caller.role, 'plans.manage');
      const rows = await sql<Row>(em, `${LETTER_SELECT} WHERE l.version_id = $1 AND l.org_id = $2 AND ($3 OR l.membership_id = $4)`, [
        versionId,
        caller.orgId,
        everyone,
        caller.membershipId,
      ]);
      const contents = contentByOwner(version.snapshot as PlanSnapshot);
      const byOwner = new Map(rows.map((r) => [r.membership_id as string, r]));
      // In the letters' own order: directors first, then by name.
      return [...contents.values()].filter((c) => byOwner.has(c.ownerId)).map((c) => toLetterDto(byOwner.get(c.ownerId) as Row, c, version.snapshot as PlanSnapshot));
    });
  }

  /** The owner's acknowledgement, once: later calls change nothing and write no audit row. */
  async acknowledge(caller: MemberCaller, id: string, requestId: string): Promise<ResponsibilityLetterDto> {
    const dto = await this.db.run(caller, async (em) => {
      const [letter] = await sql<Row>(em, `SELECT * FROM responsibility_letters WHERE id = $1 AND org_id = $2 FOR UPDATE`, [id, caller.orgId]);
      if (!letter) throw notFound('The responsibility letter');
      if (letter.membership_id !== caller.membershipId) throw forbidden('Only the letter’s owner can acknowledge it.');
      if (!letter.acknowledged_at) {
        const [after] = await sql<Row>(em, `UPDATE responsibility_letters SET acknowledged_at = now(), acknowledged_by = $2 WHERE id = $1 RETURNING acknowledged_at, acknowledged_by`, [
          id,
          caller.userId,
        ]);
        await this.audit.record(em, {
          ...auditBy(caller, requestId),
          entity: 'responsibility_letter',
          entityId: id,
          action: 'acknowledge',
          before: { acknowledgedAt: null, acknowledgedBy: null },
          after: { acknowledgedAt: after.acknowledged_at, acknowledgedBy: after.acknowledged_by },
        });
      }
      return (await this.document(em, caller, id)).letter;
    });
    this.events.publish(caller.orgId, { entity: 'responsibility_letter', entityId: id, action: 'acknowledge', actorId: caller.userId });
    return dto;
  }

  /** Everything the letter's PDF prints; NOT_FOUND for another organisation's letter, FORBIDDEN for someone else's without plans.manage. */
  letterDocument(caller: MemberCaller, id: string): Promise<LetterDocument> {
    return this.db.run(caller, (em) => this.document(em, caller, id));
  }

  private async document(em: EntityManager, caller: MemberCaller, id: string): Promise<LetterDocument> {
    const [row] = await sql<Row>(em, `${LETTER_SELECT} WHERE l.id = $1 AND l.org_id = $2`, [id, caller.orgId]);
    if (!row) throw notFound('The responsibility letter');
    if (row.membership_id !== caller.membershipId && !can(caller.role, 'plans.manage')) throw forbidden('This letter is its owner’s.');
    const version = await this.version(em, caller.orgId, row.version_id as string);
    const snapshot = version.snapshot as PlanSnapshot;
    const content = contentByOwner(snapshot).get(row.membership_id as string);
    if (!content) throw notFound('The responsibility letter');
    return {
      letter: toLetterDto(row, content, snapshot),
      organization: snapshot.organization,
      plan: { year: snapshot.plan.year, name: snapshot.plan.name },
      version: { number: version.number as number, label: version.label as string, createdAt: version.created_at as Date },
    };
  }

  private async version(em: EntityManager, orgId: string, id: string): Promise<Row> {
    const [version] = await sql<Row>(em, `SELECT id, number, label, created_at, snapshot FROM plan_versions WHERE id = $1 AND org_id = $2`, [id, orgId]);
    if (!version) throw notFound('The plan version');
    return version;
  }
}

const contentByOwner = (snapshot: PlanSnapshot) => new Map(responsibilityLetters(snapshot).map((c) => [c.ownerId, c]));

function toLetterDto(row: Row, content: LetterContent, snapshot: PlanSnapshot): ResponsibilityLetterDto {
  const departments = new Map(snapshot.departments.map((d) => [d.id, d.name]));
  return {
    id: row.id as string,
    orgId: row.org_id as string,
    versionId: row.version_id as string,
    kind: content.kind,
    ownerId: content.ownerId,
    ownerName: content.ownerName,
    items: content.items.map((i) => ({
      nodeId: i.nodeId,
      level: i.level,
      title: i.title,
      departmentName: i.departmentId ? (departments.get(i.departmentId) ?? null) : null,
      dueDate: i.dueDate,
      kpi: i.kpi,
    })),
    // Fractional FTE rounds to whole people on the letter.
    departments: content.departments.map((d) => ({ ...d, standardHeadcount: d.standardHeadcount === null ? null : Math.round(d.standardHeadcount) })),
    acknowledgedAt: (row.acknowledged_at as Date | null) ?? null,
    acknowledgedBy: row.user_id
      ? { id: row.user_id as string, email: row.user_email as string, displayName: row.user_display_name as string, locale: row.user_locale as string | null }
      : null,
    pdfPath: `/letters/${String(row.id)}.pdf`,
  };
}
