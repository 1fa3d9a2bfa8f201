package dk.helhed.plan.entity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceTest {
    private static final SocialPlan PLAN = new SocialPlan("koege", "Boligsocial helhedsplan Køge");

    @Test
    @DisplayName("a place is found by its street address: the line for an SMS, the whole for an e-mail and the map")
    void address() {
        var place = new Place(PLAN, "karlemoseparken", "Sekretariatet i Karlemoseparken",
                "Karlemoseparken 112, 4600 Køge");

        assertThat(place.street()).isEqualTo("Karlemoseparken 112");
        assertThat(place.streetAddress()).isEqualTo("Karlemoseparken 112, 4600 Køge");
        assertThat(place.location()).isEqualTo("Sekretariatet i Karlemoseparken, Karlemoseparken 112, 4600 Køge");
        assertThat(place.mapLink())
                .isEqualTo("https://www.openstreetmap.org/search?query=Karlemoseparken+112%2C+4600+K%C3%B8ge");
    }

    @Test
    @DisplayName("without an address, there is no street, and the name stands in for the address")
    void noAddress() {
        var place = new Place(PLAN, "pavillonen", "Pavillonen", null);

        assertThat(place.street()).isNull();
        assertThat(place.streetAddress()).isEqualTo("Pavillonen");
        assertThat(place.location()).isEqualTo("Pavillonen");
        assertThat(place.mapLink()).isEqualTo("https://www.openstreetmap.org/search?query=Pavillonen");
    }
}
