/** Demo data of the Køge plan for a first start: places, partners, advisers and their hours. */
package dk.helhed.demo;
