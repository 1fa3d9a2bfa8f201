/**
 * When to remind whom: pure rules on local wall-clock time, tested on both daylight-saving weekends. Others call
 * {@link dk.helhed.reminders.boundary.ReminderPolicy}.
 */
package dk.helhed.reminders;
