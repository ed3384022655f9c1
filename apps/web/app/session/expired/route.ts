import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { apiFor } from '../../../lib/api';
import { endSession, readSession } from '../../../lib/session';

export const dynamic = 'force-dynamic';

/**
 * Where pages send a browser whose token the api refused. It revokes the token too (in case it
 * still works elsewhere) before the cookie goes; a cross-site link to it changes nothing.
 */
export async function GET() {
  const site = (await headers()).get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') redirect('/');
  const session = await readSession();
  await apiFor(session)
    .signOut()
    .catch(() => undefined);
  await endSession();
  redirect('/sign-in?expired=1');
}
