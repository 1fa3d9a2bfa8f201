/**
 * Demo data of the Køge plan for a first start: places, partners, advisers and their hours. It writes the rows of
 * every capability once, as a restore would, before anyone signs in (the architecture test names it the seeder).
 */
package dk.helhed.demo;
