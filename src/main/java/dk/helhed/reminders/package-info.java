/** When to remind whom: pure rules on local wall-clock time, tested on both daylight-saving weekends. */
package dk.helhed.reminders;
