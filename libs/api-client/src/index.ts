export { ApiError, isApiError } from './lib/api-error';
export { createApiClient, type ApiClient, type ApiClientOptions, type TaskList, type TaskListQuery } from './lib/api-client';
export { toQueryString } from './lib/transport';
