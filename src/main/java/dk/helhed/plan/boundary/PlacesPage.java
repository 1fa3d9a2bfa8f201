package dk.helhed.plan.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.web.Confirming;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /coordinator/places}: the plan's places with their addresses (what residents are shown), a form to add one
 * or change one, and removal, asked once more: deleted when nothing refers to it, else retired.
 */
@Named
@ViewScoped
public class PlacesPage implements Serializable {
    private static final Map<String, String> FIELDS = Map.of("name", "place:name", "street", "place:street",
            "postcode", "place:postcode", "town", "place:town");

    @Inject
    transient Plan plan;
    @Inject
    transient PageLanguage language;

    private transient List<Plan.PlaceView> places;
    private String editing;
    private final Confirming<String> confirm = new Confirming<>();
    private String name;
    private String street;
    private String postcode;
    private String town;

    public List<Plan.PlaceView> getPlaces() {
        if (places == null) {
            places = plan.everyPlace();
        }
        return places;
    }

    public void save() {
        var draft = new Plan.PlaceDraft(name, street, postcode, town);
        try {
            var saved = editing == null ? plan.addPlace(draft) : plan.editPlace(editing, draft);
            PageMessages.told(language.staff(), editing == null ? "page.places.added" : "page.places.saved",
                    saved.name());
            clear();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff(), FIELDS);
        }
        places = null;
    }

    public void edit(String code) {
        getPlaces().stream().filter(p -> p.code().equals(code)).findFirst().ifPresent(p -> {
            editing = p.code();
            name = p.name();
            street = p.street();
            postcode = p.postcode();
            town = p.town();
        });
        confirm.keep();
    }

    public void clear() {
        editing = null;
        name = null;
        street = null;
        postcode = null;
        town = null;
    }

    public Confirming<String> getConfirm() {
        return confirm;
    }

    public void remove() {
        confirm.answer().ifPresent(code -> {
            try {
                String shown = getPlaces().stream().filter(p -> p.code().equals(code)).map(Plan.PlaceView::name)
                        .findFirst().orElse(code);
                var removed = plan.removePlace(code);
                PageMessages.told(language.staff(), removed == Plan.Removed.DELETED ? "page.places.deleted"
                        : "page.places.retired", shown);
                if (code.equals(editing)) {
                    clear();
                }
            } catch (Refusal refusal) {
                PageMessages.refused(refusal, language.staff());
            }
        });
        places = null;
    }

    public String getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }
}
