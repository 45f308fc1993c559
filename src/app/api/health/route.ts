import { NextResponse } from 'next/server';
import { checkHealth } from '@/lib/health/check-health';
import { getAdmin } from '@/modules/accounts/server-session';

export const dynamic = 'force-dynamic';

// Anyone (a load balancer, an uptime check) learns up or down; which adapters and database engine
// run is for the agency's admins only — it tells an attacker what to try.
export async function GET() {
  const report = await checkHealth();
  const admin = await getAdmin().catch(() => null);
  const body = admin ? report : { status: report.status, time: report.time };
  return NextResponse.json(body, { status: report.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
