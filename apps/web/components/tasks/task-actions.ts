'use server';

import { revalidatePath } from 'next/cache';
import {
  createTaskSchema,
  DEFAULT_TIME_ZONE,
  taskIdSchema,
  timeZoneSchema,
  updateTaskSchema,
  withDueAtIn,
  type CreateTaskRequest,
  type Task,
  type UpdateTaskRequest,
} from '@todo/domain';
import { z } from 'zod';
import { actionFailure } from '../../lib/action-failure';
import type { ActionState } from '../../lib/action-state';
import { apiFor } from '../../lib/api';
import { requireSession } from '../../lib/session';
import { taskFormValues, taskInputFromForm } from './task-form-data';

async function withApi(
  run: (api: ReturnType<typeof apiFor>, userId: string, timeZone: string) => Promise<string | void>,
  values?: Record<string, string>,
  timeZone?: string,
): Promise<ActionState> {
  const session = await requireSession();
  try {
    // A plain day ("tomorrow") is that day in the viewer's zone; an unknown one is left to the stored setting.
    const zone = timeZoneSchema.safeParse(timeZone);
    const message = await run(apiFor(session, zone.success ? zone.data : undefined), session.user.id, zone.success ? zone.data : DEFAULT_TIME_ZONE);
    revalidatePath('/');
    return { status: 'ok', message: message || undefined };
  } catch (error) {
    return actionFailure(error, values);
  }
}

export async function createTask(_previous: ActionState, form: FormData): Promise<ActionState> {
  return withApi(async (api, userId) => {
    const task = await api.createTask(userId, createTaskSchema.parse(taskInputFromForm(form)));
    return `Added “${task.title}”`;
  }, taskFormValues(form));
}

/** Quick add: the fields the parse endpoint read, as the user left them after removing chips. */
export async function addTask(input: CreateTaskRequest, timeZone?: string): Promise<ActionState> {
  return withApi(async (api, userId, zone) => {
    // Anchored before validation, which would otherwise read a plain day in UTC.
    const task = await api.createTask(userId, createTaskSchema.parse(withDueAtIn(input, zone)));
    return `Added “${task.title}”`;
  }, undefined, timeZone);
}

/** Inline edits and their undo: only the fields given change. */
export async function editTask(taskId: number, patch: UpdateTaskRequest, timeZone?: string): Promise<ActionState> {
  return withApi(async (api, userId) => {
    await api.updateTask(userId, taskIdSchema.parse(taskId), updateTaskSchema.parse(patch));
  }, undefined, timeZone);
}

export async function updateTask(taskId: number, _previous: ActionState, form: FormData): Promise<ActionState> {
  return withApi(async (api, userId) => {
    const task = await api.updateTask(userId, taskIdSchema.parse(taskId), updateTaskSchema.parse(taskInputFromForm(form)));
    return `Saved “${task.title}”`;
  }, taskFormValues(form));
}

export async function setTaskCompleted(taskId: number, completed: boolean): Promise<ActionState> {
  return withApi(async (api, userId) => {
    await api.completeTask(userId, taskIdSchema.parse(taskId), z.boolean().parse(completed));
  });
}

export async function deleteTask(taskId: number): Promise<ActionState> {
  return withApi(async (api, userId) => {
    await api.deleteTask(userId, taskIdSchema.parse(taskId));
  });
}

/** Undo of a delete: the task comes back as a new one with the same fields and state. */
export async function restoreTask(task: Task): Promise<ActionState> {
  return withApi(async (api, userId) => {
    const { title, description, priority, tags, due_at, recurrence } = task;
    const restored = await api.createTask(userId, createTaskSchema.parse({ title, description, priority, tags, due_at, recurrence }));
    if (task.completed === true) await api.completeTask(userId, restored.id, true);
    return `Restored “${restored.title}”`;
  });
}
