package dk.helhed.homework.entity;

import dk.helhed.people.entity.Subject;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.ArrayList;
import java.util.List;

/** How many tutors a session needs: some for any subject, some for maths, Danish or English. */
@Embeddable
public class TutorNeeds {
    public static final int MAX = 20;

    @Column(name = "tutors_any")
    private int any;
    @Column(name = "tutors_maths")
    private int maths;
    @Column(name = "tutors_danish")
    private int danish;
    @Column(name = "tutors_english")
    private int english;

    protected TutorNeeds() {
    }

    public TutorNeeds(int any, int maths, int danish, int english) {
        if (any < 0 || maths < 0 || danish < 0 || english < 0 || any + maths + danish + english < 1) {
            throw new IllegalArgumentException("tutors needed: " + any + "/" + maths + "/" + danish + "/" + english);
        }
        this.any = any;
        this.maths = maths;
        this.danish = danish;
        this.english = english;
    }

    /** One need per shift to make: a subject (null for any subject) and how many tutors. */
    public record Need(Subject subject, int tutors) {
    }

    public List<Need> needs() {
        List<Need> needs = new ArrayList<>();
        if (maths > 0) {
            needs.add(new Need(Subject.MATHS, maths));
        }
        if (danish > 0) {
            needs.add(new Need(Subject.DANISH, danish));
        }
        if (english > 0) {
            needs.add(new Need(Subject.ENGLISH, english));
        }
        if (any > 0) {
            needs.add(new Need(null, any));
        }
        return needs;
    }

    public int any() {
        return any;
    }

    public int maths() {
        return maths;
    }

    public int danish() {
        return danish;
    }

    public int english() {
        return english;
    }

    public int total() {
        return any + maths + danish + english;
    }
}
