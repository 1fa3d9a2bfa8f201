/**
 * Messages to people, by e-mail and SMS, through a transactional outbox: capabilities enqueue rows in their own
 * transaction ({@link dk.helhed.messaging.boundary.Outbox}); one Quartz job dispatches due rows
 * ({@link dk.helhed.messaging.boundary.Dispatcher}), claiming them with SKIP LOCKED and a lease, sending with no
 * transaction open and recording sent / retry later / failed / unknown. A message whose outcome cannot be known is
 * never re-sent blindly; for an SMS, Twilio's signed status callbacks
 * ({@link dk.helhed.messaging.boundary.TwilioStatusResource}) settle it, moving each row's provider status forward only
 * and recording each (sid, status) once so that a replay changes nothing. Only the
 * {@link dk.helhed.messaging.control.Channel} implementations touch Jakarta Mail or Twilio; without their settings,
 * messages go to the development inbox.
 * <p>
 * Every capability calls {@link dk.helhed.messaging.boundary.Outbox}, with {@code Outgoing} values (or a
 * {@code Letter}, written once for SMS and e-mail); the status a row moves through is named in
 * {@code OutboxTransition}.
 */
package dk.helhed.messaging;
