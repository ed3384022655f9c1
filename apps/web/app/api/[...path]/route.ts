import { proxyToApi } from '../../../lib/upstream-proxy';

export const dynamic = 'force-dynamic';

export { proxyToApi as GET, proxyToApi as POST, proxyToApi as PUT, proxyToApi as PATCH, proxyToApi as DELETE, proxyToApi as HEAD, proxyToApi as OPTIONS };
