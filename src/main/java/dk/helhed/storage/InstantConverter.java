package dk.helhed.storage;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants are stored as UTC wall time in DATETIME columns, whole seconds. Going through LocalDateTime keeps the
 * JVM's and the driver's time zones out of it; dropping sub-seconds makes H2 and MySQL-via-Connector/J agree.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, LocalDateTime> {
    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).withNano(0);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    public static LocalDateTime column(Instant instant) {
        return new InstantConverter().convertToDatabaseColumn(instant);
    }
}
