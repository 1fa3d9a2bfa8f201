package dk.helhed.plan.boundary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCodeTest {
    @Test
    void aCodeIsTheNameInLowerCaseAsciiJoinedByHyphens() {
        assertThat(Plan.code("Fælles Fremtid-pavillonen")).isEqualTo("faelles-fremtid-pavillonen");
        assertThat(Plan.code("Søndre Aås Beboerhus")).isEqualTo("soendre-aaas-beboerhus");
        assertThat(Plan.code("Café Ünal")).isEqualTo("cafe-unal");
        assertThat(Plan.code("  ---  ")).isEqualTo("plan");
        assertThat(Plan.code("مركز")).isEqualTo("plan");
    }

    @Test
    void aCodeIsAtMostFortyCharactersAlsoWithANumber() {
        String name = "Karlemoseparkens Beboerhus og Medborgercenter i Køge";
        assertThat(Plan.code(name)).hasSizeLessThanOrEqualTo(40).doesNotEndWith("-");
        assertThat(Plan.numbered(Plan.code(name), 2)).hasSizeLessThanOrEqualTo(40).endsWith("-2");
        assertThat(Plan.numbered(Plan.code(name), 12)).hasSizeLessThanOrEqualTo(40).endsWith("-12");
        assertThat(Plan.numbered("medborgerhuset", 2)).isEqualTo("medborgerhuset-2");
    }

    @Test
    void aPlacesAddressIsReadBackAsStreetPostcodeAndTown() {
        var place = new dk.helhed.plan.entity.Place(null, "x", "X", "Karlemoseparken 112, 4600 Køge");
        assertThat(place.street()).isEqualTo("Karlemoseparken 112");
        assertThat(place.postcode()).isEqualTo("4600");
        assertThat(place.town()).isEqualTo("Køge");
        var old = new dk.helhed.plan.entity.Place(null, "y", "Y", "Torvet");
        assertThat(old.postcode()).isNull();
        assertThat(old.town()).isNull();
    }
}
