import 'reflect-metadata';
import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { builtInTemplate, localize } from '@opsplan/domain';
import type { Role } from '@opsplan/domain';
import { ARGON2_OPTIONS } from '../modules/identity/services/password-hasher.service';

/**
 * The demo organisation a newcomer sees on first start: a manufacturer with
 * the departments of a typical annual-planning organisation and one person
 * per role. Never runs with NODE_ENV=production.
 */
export const DEMO_PASSWORD = 'opsplan-demo-2027';

export const DEMO_PEOPLE: { email: string; name: string; role: Role; department: string | null }[] = [
  { email: 'admin@demo.opsplan.dev', name: '周敏 Zhou Min', role: 'admin', department: 'president' },
  { email: 'gm@demo.opsplan.dev', name: '陈立 Chen Li', role: 'executive', department: 'president' },
  { email: 'sales.manager@demo.opsplan.dev', name: '王芳 Wang Fang', role: 'manager', department: 'sales' },
  { email: 'staff@demo.opsplan.dev', name: '李强 Li Qiang', role: 'staff', department: 'sales' },
  { email: 'finance@demo.opsplan.dev', name: '赵静 Zhao Jing', role: 'finance', department: 'finance' },
  { email: 'hr.manager@demo.opsplan.dev', name: '刘洋 Liu Yang', role: 'manager', department: 'hr' },
];

/**
 * The corporate template's departments, named in both languages as the
 * template lays them out, so that creating the plan from it finds them (and
 * their managers) instead of adding its own.
 */
const DEPARTMENTS: { key: string; name: string; parent: string | null; isHr: boolean }[] = (builtInTemplate('corporate')?.departments ?? []).map((d) => ({
  key: d.key,
  name: localize(d.name, 'bilingual'),
  parent: d.parent ?? null,
  isHr: d.isHr ?? false,
}));

/** Seeds the demo organisation once; returns false when data already exists. */
export async function seedDemo(ownerUrl: string): Promise<boolean> {
  if (process.env.NODE_ENV === 'production') throw new Error('The demo organisation is never seeded in production.');
  const db = new Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const { rows } = await db.query('SELECT count(*)::int AS n FROM organizations');
    if (rows[0].n > 0) return false;
    await db.query('BEGIN');
    const passwordHash = await hash(DEMO_PASSWORD, ARGON2_OPTIONS);
    const [{ id: orgId }] = (
      await db.query(`INSERT INTO organizations (name, currency, fiscal_year_start_month) VALUES ($1, 'CNY', 1) RETURNING id`, [
        '星海电器 Xinghai Appliances',
      ])
    ).rows;
    const deptIds = new Map<string, string>();
    for (const [i, d] of DEPARTMENTS.entries()) {
      const { rows: r } = await db.query(
        `INSERT INTO departments (org_id, parent_id, name, sort_order, is_hr) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [orgId, d.parent ? deptIds.get(d.parent) : null, d.name, i, d.isHr],
      );
      deptIds.set(d.key, r[0].id);
    }
    for (const person of DEMO_PEOPLE) {
      const { rows: u } = await db.query(
        `INSERT INTO users (email, password_hash, display_name, locale) VALUES ($1, $2, $3, 'zh-CN') RETURNING id`,
        [person.email, passwordHash, person.name],
      );
      const { rows: m } = await db.query(
        `INSERT INTO memberships (org_id, user_id, role, department_id) VALUES ($1, $2, $3, $4) RETURNING id`,
        [orgId, u[0].id, person.role, person.department ? deptIds.get(person.department) : null],
      );
      if (person.role === 'manager' || person.role === 'executive') {
        await db.query(`UPDATE departments SET manager_id = $1 WHERE id = $2`, [m[0].id, deptIds.get(person.department ?? '')]);
      }
    }
    await db.query(
      `INSERT INTO audit_log (org_id, entity, entity_id, action, changes) VALUES ($1::uuid, 'organization', $1::text, 'seed', '[]'::jsonb)`,
      [orgId],
    );
    await db.query('COMMIT');
    return true;
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}

if (require.main === module) {
  seedDemo(process.env.DATABASE_URL ?? '')
    .then((seeded) => console.log(seeded ? 'demo organisation seeded' : 'data already present; nothing seeded'))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
