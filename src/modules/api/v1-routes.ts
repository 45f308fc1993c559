import type { ApiScope } from './api-scopes';

/**
 * Every v1 route with the scope it needs: the route handlers, the OpenAPI document and the scope
 * table test all read this list.
 */
export const V1_ROUTES = {
  listProjects: { method: 'get', path: '/api/v1/projects', scope: 'read' },
  getProject: { method: 'get', path: '/api/v1/projects/{id}', scope: 'read' },
  listLeads: { method: 'get', path: '/api/v1/leads', scope: 'leads' },
  exportLeads: { method: 'get', path: '/api/v1/leads/export', scope: 'leads' },
  createProject: { method: 'post', path: '/api/v1/projects', scope: 'write' },
  getDraft: { method: 'get', path: '/api/v1/projects/{id}/draft', scope: 'read' },
  patchDraft: { method: 'patch', path: '/api/v1/projects/{id}/draft', scope: 'write' },
  publishProject: { method: 'post', path: '/api/v1/projects/{id}/publish', scope: 'publish' },
  rollbackProject: { method: 'post', path: '/api/v1/projects/{id}/rollback', scope: 'publish' },
  listDeployments: { method: 'get', path: '/api/v1/projects/{id}/deployments', scope: 'read' },
  listTickets: { method: 'get', path: '/api/v1/tickets', scope: 'tickets' },
  createTicket: { method: 'post', path: '/api/v1/tickets', scope: 'tickets' },
  replyToTicket: { method: 'post', path: '/api/v1/tickets/{id}/replies', scope: 'tickets' },
  getUsage: { method: 'get', path: '/api/v1/usage', scope: 'read' },
  createGeneration: { method: 'post', path: '/api/v1/generations', scope: 'generate' },
  getGeneration: { method: 'get', path: '/api/v1/generations/{id}', scope: 'read' },
  streamGenerationEvents: { method: 'get', path: '/api/v1/generations/{id}/events', scope: 'read' },
  addDomain: { method: 'post', path: '/api/v1/projects/{id}/domains', scope: 'publish' },
  listDomains: { method: 'get', path: '/api/v1/projects/{id}/domains', scope: 'read' },
  verifyDomain: { method: 'post', path: '/api/v1/domains/{id}/verify', scope: 'publish' },
  listFiles: { method: 'get', path: '/api/v1/files', scope: 'read' },
  createFileUpload: { method: 'post', path: '/api/v1/files', scope: 'write' },
  completeFileUpload: { method: 'post', path: '/api/v1/files/{id}/complete', scope: 'write' },
} as const satisfies Record<string, { method: 'get' | 'post' | 'patch' | 'delete'; path: string; scope: ApiScope }>;
export type V1RouteName = keyof typeof V1_ROUTES;
