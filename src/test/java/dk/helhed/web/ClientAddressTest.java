package dk.helhed.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressTest {
    private static String from(String proxies, String remote, String forwarded) {
        var request = new FakeRequest(remote, forwarded);
        return new ClientAddress(proxies).of(request.proxy());
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(from(" ", "203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void fromATrustedProxyTheLastAddressThatIsNotAProxyIsTheClient() {
        assertThat(from("10.0.0.0/8", "10.1.2.3", "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(from("10.0.0.0/8,192.0.2.7", "10.1.2.3", "6.6.6.6, 198.51.100.1, 192.0.2.7"))
                .as("a forged first entry is not believed").isEqualTo("198.51.100.1");
        assertThat(from("10.0.0.0/8", "10.1.2.3", null)).isEqualTo("10.1.2.3");
        assertThat(from("10.0.0.0/8", "10.1.2.3", "not-an-address")).isEqualTo("10.1.2.3");
        assertThat(from("::1", "0:0:0:0:0:0:0:1", "2001:db8::5")).isEqualTo("2001:db8::5");
    }

    @Test
    void aProxyThatAddsALineOfItsOwnIsReadFromItsLine() {
        assertThat(from("10.0.0.0/8", "10.1.2.3", "6.6.6.6\n198.51.100.1"))
                .as("the client's forged line first, the proxy's own last").isEqualTo("198.51.100.1");
    }

    @Test
    void anAddressOutsideTheRangeIsNotTrusted() {
        assertThat(from("10.0.0.0/8", "11.0.0.1", "198.51.100.1")).isEqualTo("11.0.0.1");
        assertThat(from("192.168.1.0/24", "192.168.2.1", "198.51.100.1")).isEqualTo("192.168.2.1");
    }

    @Test
    void aSettingThatIsNoAddressIsRefusedAtStart() {
        assertThatThrownBy(() -> new ClientAddress("cafe.bad")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("helhed.trusted-proxies");
    }

    /** Just the two things ClientAddress reads from a request. */
    private record FakeRequest(String remote, String forwarded) {
        jakarta.servlet.http.HttpServletRequest proxy() {
            return (jakarta.servlet.http.HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[]{jakarta.servlet.http.HttpServletRequest.class},
                    (self, method, args) -> switch (method.getName()) {
                        case "getRemoteAddr" -> remote;
                        case "getHeaders" -> java.util.Collections.enumeration("X-Forwarded-For".equalsIgnoreCase(
                                (String) args[0]) && forwarded != null ? java.util.List.of(forwarded.split("\n"))
                                : java.util.List.<String>of());
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
