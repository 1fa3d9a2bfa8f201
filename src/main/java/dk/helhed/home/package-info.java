/**
 * The front page: the offerings this plan has (advice to book, workshops, homework help, the pavilion), and only
 * those, under the plan's own name.
 */
package dk.helhed.home;
