import { proxyToApi } from '../../lib/upstream-proxy';

export const dynamic = 'force-dynamic';

export { proxyToApi as GET, proxyToApi as POST, proxyToApi as DELETE };
