import type { FastifyInstance } from 'fastify';
import {
  completeTaskSchema,
  createTaskSchema,
  listTasksQuerySchema,
  notFound,
  updateTaskSchema,
  withDueAtIn,
  withDueWindowIn,
  type Task,
} from '@todo/domain';
import { parseId } from './parse-id';

interface TaskParams {
  user_id: string;
  id: string;
}

const parseTaskId = (raw: string) => parseId(raw, 'Task');

const found = (task: Task | null, id: number): Task => {
  if (!task) throw notFound(`Task ${id}`);
  return task;
};

export default async function taskRoutes(app: FastifyInstance) {
  app.get<{ Params: TaskParams }>('/api/:user_id/tasks', async (request, reply) => {
    const query = listTasksQuerySchema.parse(withDueWindowIn(request.query ?? {}, request.timeZone));
    const page = await app.tasks.list(request.user.id, query);
    reply.header('x-total-count', String(page.total));
    return page.tasks;
  });

  app.post<{ Params: TaskParams }>('/api/:user_id/tasks', async (request, reply) => {
    const input = createTaskSchema.parse(withDueAtIn(request.body ?? {}, request.timeZone));
    const task = await app.tasks.create(request.user.id, input);
    return reply.status(201).header('location', `/api/${request.user.id}/tasks/${task.id}`).send(task);
  });

  app.get<{ Params: TaskParams }>('/api/:user_id/tasks/:id', async (request) => {
    const id = parseTaskId(request.params.id);
    return found(await app.tasks.get(request.user.id, id), id);
  });

  app.put<{ Params: TaskParams }>('/api/:user_id/tasks/:id', async (request) => {
    const id = parseTaskId(request.params.id);
    const patch = updateTaskSchema.parse(withDueAtIn(request.body ?? {}, request.timeZone));
    return found(await app.tasks.update(request.user.id, id, patch, { timeZone: request.timeZone }), id);
  });

  app.delete<{ Params: TaskParams }>('/api/:user_id/tasks/:id', async (request, reply) => {
    const id = parseTaskId(request.params.id);
    found(await app.tasks.remove(request.user.id, id), id);
    return reply.status(204).send();
  });

  app.patch<{ Params: TaskParams }>('/api/:user_id/tasks/:id/complete', async (request) => {
    const id = parseTaskId(request.params.id);
    const { completed } = completeTaskSchema.parse(request.body ?? {});
    return found(await app.tasks.setCompleted(request.user.id, id, { completed, timeZone: request.timeZone }), id);
  });
}
