package dk.helhed.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A boligsocial helhedsplan; one installation can serve several. Its secretariat names it, the name its messages are
 * signed with, and the data controller and contact its privacy notice gives.
 */
@Entity
@Table(name = "social_plan")
public class SocialPlan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Column(name = "sender_name")
    private String senderName;
    private String controller;
    private String contact;

    protected SocialPlan() {
    }

    public SocialPlan(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** The name messages are signed with; the plan's name when none is given. */
    public String senderName() {
        return senderName == null || senderName.isBlank() ? name : senderName;
    }

    /** The data controller (who, with address) the privacy notice names; null when not given. */
    public String controller() {
        return controller;
    }

    /** How to reach the data controller about personal data; null when not given. */
    public String contact() {
        return contact;
    }

    /** The plan's own words, as its secretariat gives them (checked by the boundary). */
    public void describe(String name, String senderName, String controller, String contact) {
        this.name = name;
        this.senderName = senderName;
        this.controller = controller;
        this.contact = contact;
    }
}
