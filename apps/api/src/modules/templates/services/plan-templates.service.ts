import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BlueprintLanguage, BUILT_IN_TEMPLATES, builtInTemplate, LocalizedText, PlanTemplate, templateFromPlan } from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import { Row, updateVersioned } from '../../../database/versioned-update';
import { badInput, notFound } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import { auditBy } from '../../../common/context/audit-context';
import { isUuid } from '../../../common/graphql/id-arg';
import { AuditService } from '../../audit/services/audit.service';
import { OrganizationEvents } from '../../events/organization-events.service';
import type { PlanTemplateDto } from '../dtos/plan-template.dto';
import type { TemplatePlanResultDto } from '../dtos/template-plan-result.dto';
import type { ImportPlanTemplateInput, LocalizedTextInput, SavePlanAsTemplateInput, TemplateUseInput, TemplateVersionInput } from '../dtos/inputs/template.inputs';
import {
  assertTemplateSize,
  BUILT_IN_PREFIX,
  builtInDto,
  parsedOrBadInput,
  parseJson,
  storedDto,
  templateAuditView,
  TEMPLATE_MAX_BYTES,
  templateConflictView,
} from './template-json.util';
import { planTemplateSource } from './template-source.util';
import { TemplateInstantiator, TemplateUse } from './template-instantiator.service';

/** The limits of the stored key and names (plan_templates' columns). */
const KEY_MAX = 64;
const NAME_MAX = 200;

const fromInput = (text: LocalizedTextInput): LocalizedText => ({ 'zh-CN': text.zhCN, en: text.en });

/** The caller's choices as the instantiator takes them; a parameter named twice is refused. */
export function templateUse(input: TemplateUseInput, field = ''): TemplateUse {
  const parameters: Record<string, string> = {};
  (input.parameters ?? []).forEach((p, i) => {
    if (Object.prototype.hasOwnProperty.call(parameters, p.key)) throw badInput(`${field}parameters[${i}].key`, `The parameter ${p.key} is given twice.`);
    parameters[p.key] = p.value;
  });
  return {
    language: input.language as BlueprintLanguage,
    planYear: input.planYear ?? null,
    startDate: input.startDate ?? null,
    planName: input.planName ?? null,
    parameters,
  };
}

/** A built-in template by its id ("builtin:<key>"), parsed as any template is before use; null for any other id. */
export function builtInById(id: string, field: string): PlanTemplate | null {
  if (!id.startsWith(BUILT_IN_PREFIX)) return null;
  const template = builtInTemplate(id.slice(BUILT_IN_PREFIX.length));
  return template ? parsedOrBadInput(template, field, 'The built-in template is not valid:') : null;
}

/**
 * Plan templates: the built-in ones and the organisation's own (saved from a
 * plan or imported as JSON, deleted and restored), and creating a plan from
 * one. Instantiation itself is TemplateInstantiator's, shared with
 * createOrganization.
 */
@Injectable()
export class PlanTemplatesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: OrganizationEvents,
    private readonly instantiator: TemplateInstantiator,
  ) {}

  /** The built-in templates first, then the organisation's live ones, oldest first. */
  list(caller: MemberCaller): Promise<PlanTemplateDto[]> {
    return this.db.run(caller, async (em) => {
      const rows = await sql<Row>(em, `SELECT * FROM plan_templates WHERE org_id = $1 AND deleted_at IS NULL ORDER BY created_at, id`, [caller.orgId]);
      return [...BUILT_IN_TEMPLATES.map(builtInDto), ...rows.map((r) => storedDto(r, caller.role))];
    });
  }

  get(caller: MemberCaller, id: string): Promise<PlanTemplateDto> {
    const builtIn = builtInById(id, 'id');
    if (builtIn) return Promise.resolve(builtInDto(builtIn));
    return this.db.run(caller, async (em) => storedDto(await this.liveRow(em, caller.orgId, id), caller.role));
  }

  async createPlan(caller: MemberCaller, input: TemplateUseInput, requestId: string): Promise<TemplatePlanResultDto> {
    const use = templateUse(input);
    const made = await this.db.run(caller, async (em) => {
      const template = builtInById(input.templateId, 'templateId') ?? (await this.storedTemplate(em, caller.orgId, input.templateId));
      return this.instantiator.instantiate(em, caller, template, use, requestId);
    });
    this.instantiator.publish(caller.orgId, made.events);
    return made.result;
  }

  /** Keeps a plan (its nodes, departments, budget and whether it has a cycle) as one of the organisation's templates. */
  async saveFromPlan(caller: MemberCaller, input: SavePlanAsTemplateInput, requestId: string): Promise<PlanTemplateDto> {
    const dto = await this.db.run(caller, async (em) => {
      const name = fromInput(input.name);
      const source = await planTemplateSource(em, caller.orgId, input.planId, { key: input.key, name, description: input.description ? fromInput(input.description) : name });
      const template = templateFromPlan(source);
      assertTemplateSize(JSON.stringify(template), 'planId', 'The plan as a template');
      const parsed = parsedOrBadInput(template, 'planId', 'The plan cannot be kept as a template:');
      return this.store(em, caller, parsed, 'name', requestId);
    });
    this.publish(caller, dto.id, 'create');
    return dto;
  }

  /** Stores a template given as JSON text (an export), after checking it whole. */
  async importJson(caller: MemberCaller, input: ImportPlanTemplateInput, requestId: string): Promise<PlanTemplateDto> {
    assertTemplateSize(input.json, 'json', 'The template');
    const template = parsedOrBadInput(parseJson(input.json, 'json'), 'json', 'The template is not valid:');
    const dto = await this.db.run(caller, (em) => this.store(em, caller, template, 'json', requestId));
    this.publish(caller, dto.id, 'create');
    return dto;
  }

  /** Soft delete: restorePlanTemplate brings it back. */
  async remove(caller: MemberCaller, input: TemplateVersionInput, requestId: string): Promise<PlanTemplateDto> {
    if (builtInById(input.id, 'id')) throw badInput('id', 'A built-in template cannot be deleted.');
    if (!isUuid(input.id)) throw notFound('The template');
    const dto = await this.db.run(caller, async (em) => {
      const { before, after } = await updateVersioned(em, {
        table: 'plan_templates',
        id: input.id.toLowerCase(),
        version: input.version,
        what: 'The template',
        extraWhere: 'AND org_id = app_org_id() AND deleted_at IS NULL',
        toClient: templateConflictView,
        changes: { deleted_at: new Date() },
      });
      await this.audit.record(em, { ...auditBy(caller, requestId), entity: 'plan_template', entityId: input.id.toLowerCase(), action: 'delete', before: templateAuditView(before), after: templateAuditView(after) });
      return storedDto(after, caller.role);
    });
    this.publish(caller, dto.id, 'delete');
    return dto;
  }

  async restore(caller: MemberCaller, id: string, requestId: string): Promise<PlanTemplateDto> {
    const dto = await this.db.run(caller, async (em) => {
      const [row] = await sql<Row>(em, `SELECT * FROM plan_templates WHERE id = $1 AND org_id = $2 AND deleted_at IS NOT NULL FOR UPDATE`, [id, caller.orgId]);
      if (!row) throw notFound('The deleted template');
      await this.assertKeyFree(em, caller.orgId, row.key as string, 'id');
      const [after] = await sql<Row>(em, `UPDATE plan_templates SET deleted_at = NULL, version = version + 1, updated_at = now() WHERE id = $1 RETURNING *`, [id]);
      await this.audit.record(em, { ...auditBy(caller, requestId), entity: 'plan_template', entityId: id, action: 'restore' });
      return storedDto(after, caller.role);
    });
    this.publish(caller, dto.id, 'restore');
    return dto;
  }

  /** A stored template, parsed again: what was valid when stored must still be valid under today's rules to be used. */
  private async storedTemplate(em: EntityManager, orgId: string, id: string): Promise<PlanTemplate> {
    const row = await this.liveRow(em, orgId, id);
    return parsedOrBadInput(row.body, 'templateId', 'The template is no longer valid:');
  }

  private async liveRow(em: EntityManager, orgId: string, id: string): Promise<Row> {
    if (!isUuid(id)) throw notFound('The template');
    const [row] = await sql<Row>(em, `SELECT * FROM plan_templates WHERE id = $1 AND org_id = $2 AND deleted_at IS NULL`, [id.toLowerCase(), orgId]);
    if (!row) throw notFound('The template');
    return row;
  }

  /** Stores a parsed template; `textField` names the input its key and names came from, should they not fit their columns. */
  private async store(em: EntityManager, caller: MemberCaller, template: PlanTemplate, textField: string, requestId: string): Promise<PlanTemplateDto> {
    const long = [['key', template.key, KEY_MAX], ['name.zh-CN', template.name['zh-CN'], NAME_MAX], ['name.en', template.name.en, NAME_MAX]] as const;
    for (const [path, text, max] of long) {
      if ([...text].length > max) throw badInput(textField === 'json' ? 'json' : path === 'key' ? 'key' : textField, `The template’s ${path} is longer than ${max} characters.`);
    }
    await this.assertKeyFree(em, caller.orgId, template.key, 'key');
    const [row] = await sql<Row>(
      em,
      `INSERT INTO plan_templates (org_id, key, name_zh, name_en, body, created_by) VALUES ($1, $2, $3, $4, $5::jsonb, $6) RETURNING *`,
      [caller.orgId, template.key, template.name['zh-CN'], template.name.en, JSON.stringify(template), caller.membershipId],
    ).catch((error: unknown) => {
      // Two people storing the same key at once: the unique index decides.
      const constraint = (error as { constraint?: string }).constraint;
      if (constraint === 'plan_templates_org_key_live') throw keyTaken('key', template.key);
      // (stored, a body may weigh a little more than its text, which was checked)
      if (constraint === 'plan_templates_body_check') throw badInput(textField === 'json' ? 'json' : 'planId', `The template is larger than ${TEMPLATE_MAX_BYTES / 1_000_000} MB.`);
      throw error;
    });
    await this.audit.record(em, { ...auditBy(caller, requestId), entity: 'plan_template', entityId: row.id as string, action: 'create', after: templateAuditView(row) });
    return storedDto(row, caller.role);
  }

  private async assertKeyFree(em: EntityManager, orgId: string, key: string, field: string): Promise<void> {
    const [taken] = await sql(em, `SELECT 1 FROM plan_templates WHERE org_id = $1 AND key = $2 AND deleted_at IS NULL`, [orgId, key]);
    if (taken) throw keyTaken(field, key);
  }

  private publish(caller: MemberCaller, id: string, action: string): void {
    this.events.publish(caller.orgId, { entity: 'plan_template', entityId: id, action, actorId: caller.userId });
  }
}

const keyTaken = (field: string, key: string) => badInput(field, `The organisation already has a template with the key “${key}”. Choose another key.`);
