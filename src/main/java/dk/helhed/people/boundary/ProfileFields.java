package dk.helhed.people.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person's profile holds, as a form edits it: the sign-up page ({@code /join}) and the profile page
 * ({@code /account/profile}) both bind their fields here ({@code WEB-INF/includes/profile-fields.xhtml}).
 */
public class ProfileFields implements Serializable {
    private String name;
    private String phone;
    private boolean smsConsent;
    private List<String> languages = new ArrayList<>();
    private List<String> subjects = new ArrayList<>();
    private List<String> places = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isSmsConsent() {
        return smsConsent;
    }

    public void setSmsConsent(boolean smsConsent) {
        this.smsConsent = smsConsent;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public List<String> getSubjects() {
        return subjects;
    }

    public void setSubjects(List<String> subjects) {
        this.subjects = subjects;
    }

    public List<String> getPlaces() {
        return places;
    }

    public void setPlaces(List<String> places) {
        this.places = places;
    }
}
