package dk.helhed.messaging.entity;

/** How a message reaches a person. */
public enum ChannelKind {
    SMS, EMAIL
}
