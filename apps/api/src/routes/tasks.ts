import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  completeTaskSchema,
  createTaskSchema,
  listTasksQuerySchema,
  notFound,
  taskSchema,
  updateTaskSchema,
  withDueAtIn,
  withDueWindowIn,
  type Task,
} from '@todo/domain';
import { errorResponses } from './error-responses';
import { missingBodyAsEmptyObject } from './missing-body';
import { existingId, taskPathSchema, userPathSchema } from './path-params';

const taskListSchema = z.array(taskSchema);
const deleted = z.undefined().describe('Deleted');

const found = (task: Task | null, id: number): Task => {
  if (!task) throw notFound(`Task ${id}`);
  return task;
};

// A plain day is that day in the user's zone, which a schema cannot know: anchor it before validation.
function anchorDueAt(request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) {
  request.body = withDueAtIn(request.body ?? {}, request.timeZone);
  done();
}

function anchorDueWindow(request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) {
  request.query = withDueWindowIn(request.query, request.timeZone);
  done();
}

const taskRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['tasks'];

  app.get(
    '/api/:user_id/tasks',
    {
      schema: {
        tags,
        summary: 'List tasks',
        description: 'One page of the matching tasks; the number of all matching tasks is in `X-Total-Count`.',
        params: userPathSchema,
        querystring: listTasksQuerySchema,
        response: { 200: taskListSchema, ...errorResponses },
      },
      preValidation: anchorDueWindow,
    },
    async (request, reply) => {
      // Postgres writes the page's JSON (checked against the object page in libs/db), so it is sent as it is.
      const page = await app.tasks.listJson(request.user.id, request.query);
      return reply.header('x-total-count', String(page.total)).type('application/json; charset=utf-8').send(page.json as never);
    },
  );

  app.post(
    '/api/:user_id/tasks',
    {
      schema: {
        tags,
        summary: 'Create a task',
        params: userPathSchema,
        body: createTaskSchema,
        response: { 201: taskSchema, ...errorResponses },
      },
      preValidation: anchorDueAt,
    },
    async (request, reply) => {
      const task = await app.tasks.create(request.user.id, request.body);
      return reply.status(201).header('location', `/api/${request.user.id}/tasks/${task.id}`).send(task);
    },
  );

  app.get(
    '/api/:user_id/tasks/:id',
    { schema: { tags, summary: 'Get a task', params: taskPathSchema, response: { 200: taskSchema, ...errorResponses } } },
    async (request) => {
      const id = existingId(request.params.id, 'Task');
      return found(await app.tasks.get(request.user.id, id), id);
    },
  );

  app.put(
    '/api/:user_id/tasks/:id',
    {
      schema: {
        tags,
        summary: 'Update a task',
        description: 'Changes the fields given and keeps the others.',
        params: taskPathSchema,
        body: updateTaskSchema,
        response: { 200: taskSchema, ...errorResponses },
      },
      preValidation: anchorDueAt,
    },
    async (request) => {
      const id = existingId(request.params.id, 'Task');
      return found(await app.tasks.update(request.user.id, id, request.body, { timeZone: request.timeZone }), id);
    },
  );

  app.delete(
    '/api/:user_id/tasks/:id',
    { schema: { tags, summary: 'Delete a task', params: taskPathSchema, response: { 204: deleted, ...errorResponses } } },
    async (request, reply) => {
      const id = existingId(request.params.id, 'Task');
      found(await app.tasks.remove(request.user.id, id), id);
      return reply.status(204).send();
    },
  );

  app.patch(
    '/api/:user_id/tasks/:id/complete',
    {
      schema: {
        tags,
        summary: 'Complete or reopen a task',
        description:
          'Toggles `completed`, or sets it when the body gives it. Completing a repeating task creates its next occurrence.',
        params: taskPathSchema,
        body: completeTaskSchema,
        response: { 200: taskSchema, ...errorResponses },
      },
      preValidation: missingBodyAsEmptyObject,
    },
    async (request) => {
      const id = existingId(request.params.id, 'Task');
      const { completed } = request.body;
      return found(await app.tasks.setCompleted(request.user.id, id, { completed, timeZone: request.timeZone }), id);
    },
  );
};

export default taskRoutes;
