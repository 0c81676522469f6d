/**
 * Which of an organisation's departments runs each kind of stage. The source
 * names owners by function ("finance center", "president's office"); an
 * organisation names its departments in its own words, often in Chinese and
 * English at once ("财务中心 Finance center"). A department matches a kind
 * when its name holds one of the kind's keywords; the earlier the keyword in
 * the list, the better the match.
 */
import type { StageKey } from './calendar';
import { STAGE_OWNER_KINDS } from './calendar';

export type StageOwnerKind = (typeof STAGE_OWNER_KINDS)[StageKey];

/** Keywords per kind, best first. Latin words match whole words, case-insensitively. */
export const OWNER_KIND_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  sales: ['销售', '营销', '市场', 'sales', 'marketing', 'commercial'],
  finance: ['财务', '财会', '会计', 'finance', 'financial', 'accounting'],
  rnd: ['研发', '技术', 'r&d', 'research', 'engineering', 'development'],
  supply: ['采购', '供应', '生产', '制造', 'procurement', 'supply', 'purchasing', 'manufacturing', 'production'],
  hr: ['人力', '人事', 'hr', 'human resources', 'people'],
  presidents_office: ['总裁办', '总经办', '总经理办', '董事长办', 'president', 'ceo', 'general manager', 'executive office'],
};

const matches = (name: string, keyword: string): boolean => {
  if (/^[\x20-\x7e]+$/.test(keyword)) {
    const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`, 'i').test(name);
  }
  return name.includes(keyword);
};

/**
 * The department (in the order given, e.g. the organisation's sort order)
 * that best matches `kind`, or null when none does.
 */
export function matchOwnerDepartment<D extends { name: string }>(kind: string, departments: readonly D[]): D | null {
  const keywords = OWNER_KIND_KEYWORDS[kind] ?? [];
  let best: { department: D; rank: number } | null = null;
  for (const department of departments) {
    const rank = keywords.findIndex((k) => matches(department.name, k));
    if (rank >= 0 && (!best || rank < best.rank)) best = { department, rank };
  }
  return best?.department ?? null;
}
