/** Plans and their places: estates, offices, the pavilion, venues. Shared by every offering. */
package dk.helhed.plan;
