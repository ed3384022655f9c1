import { redirect } from 'next/navigation';
import { endSession } from '../../../lib/session';

export const dynamic = 'force-dynamic';

export async function GET() {
  await endSession();
  redirect('/sign-in?expired=1');
}
