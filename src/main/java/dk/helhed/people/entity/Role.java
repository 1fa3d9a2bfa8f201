package dk.helhed.people.entity;

/** What a signed-in person may do. The names are the Jakarta Security groups and roles. */
public enum Role {
    ADVISER, COORDINATOR, ADMIN;

    public static final String ADVISER_NAME = "ADVISER";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String ADMIN_NAME = "ADMIN";
}
