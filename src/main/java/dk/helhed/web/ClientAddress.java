package dk.helhed.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The address a request came from, for the limits per address (sign-in, holds, sign-ups). Behind a reverse proxy
 * every request comes from the proxy, so all residents would share one limit: the proxy's {@code X-Forwarded-For}
 * names the client, but anyone can send that header, so it is read only from the proxies named in
 * {@code helhed.trusted-proxies} (addresses or ranges such as {@code 10.0.0.0/8}, comma-separated; none by default).
 * The client is the last address in the header that is not itself a trusted proxy.
 */
@ApplicationScoped
public class ClientAddress {
    private final List<Range> trusted;

    @Inject
    HttpServletRequest current;

    @Inject
    public ClientAddress(@ConfigProperty(name = "helhed.trusted-proxies", defaultValue = " ") String proxies) {
        this.trusted = Arrays.stream(proxies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Range::parse).toList();
    }

    protected ClientAddress() {
        this.trusted = List.of();
    }

    /** Where the request being answered came from. */
    public String current() {
        return of(current);
    }

    public String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (!isTrusted(address)) {
            return address;
        }
        // a proxy may add a header line of its own rather than append to the client's: all lines, in order
        var lines = request.getHeaders("X-Forwarded-For");
        String forwarded = lines == null ? null : String.join(",", Collections.list(lines));
        if (forwarded == null || forwarded.isBlank()) {
            return address;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty() || literal(hop).isEmpty()) {
                return address;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return address;
    }

    private boolean isTrusted(String address) {
        return literal(address).map(a -> trusted.stream().anyMatch(r -> r.contains(a))).orElse(false);
    }

    /** An IP address written as one; never a name (looking a name up would ask DNS). */
    private static Optional<byte[]> literal(String address) {
        if (address == null || !(address.matches("\\d{1,3}(\\.\\d{1,3}){3}")
                || address.contains(":") && address.matches("[0-9a-fA-F:.]+"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    private record Range(byte[] network, int bits) {
        static Range parse(String text) {
            String[] parts = text.split("/", 2);
            byte[] network = literal(parts[0]).orElseThrow(() ->
                    new IllegalArgumentException("helhed.trusted-proxies: not an IP address: " + text));
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            return new Range(network, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
