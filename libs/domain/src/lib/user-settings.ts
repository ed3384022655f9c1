import { z } from 'zod';
import { sessionUserSchema } from './auth';
import { timeZoneSchema } from './time-zone';

/** `PATCH /api/me`: `time_zone` null clears the setting (the api then reads dates in UTC). */
export const updateUserSettingsSchema = z.strictObject({
  time_zone: timeZoneSchema.nullable(),
});
export type UpdateUserSettingsRequest = z.input<typeof updateUserSettingsSchema>;
export type UserSettings = z.output<typeof updateUserSettingsSchema>;

/** `GET /api/me`: the signed-in user with their settings; `time_zone` is null until set. */
export const userProfileSchema = sessionUserSchema.extend({
  time_zone: z.string().nullable(),
});
export type UserProfile = z.infer<typeof userProfileSchema>;

/** The user's own settings; Better Auth owns the rest of the user row. */
export interface UserSettingsStore {
  /** Null when the user does not exist. */
  update(userId: string, settings: UserSettings): Promise<UserProfile | null>;
}
