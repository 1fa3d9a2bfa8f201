package dk.helhed.people.entity;

/**
 * What a signed-in person may do. The names are the Jakarta Security groups and roles. Volunteers book homework-help
 * shifts; partner staff belong to one partner organisation and take its pavilion blocks.
 */
public enum Role {
    ADVISER, COORDINATOR, ADMIN, VOLUNTEER, PARTNER;

    public static final String ADVISER_NAME = "ADVISER";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String VOLUNTEER_NAME = "VOLUNTEER";
    public static final String PARTNER_NAME = "PARTNER";
}
