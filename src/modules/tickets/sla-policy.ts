import { businessHoursDaySchema, type SlaPolicy } from './business-hours';
import type { SlaHours, SupportSettingsRow } from './schema';

/** The SLA policy a ticket runs on: its own calendar/business choice (fixed when opened), the agency's current schedule. */
export function slaPolicyOf(settings: SupportSettingsRow, hours: SlaHours): SlaPolicy {
  const schedule = businessHoursDaySchema.array().safeParse(settings.businessHours);
  return {
    hours,
    timeZone: settings.timeZone,
    schedule: schedule.success ? schedule.data : [],
    holidays: settings.holidays,
  };
}
