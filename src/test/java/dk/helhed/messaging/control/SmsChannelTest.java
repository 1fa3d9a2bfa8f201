package dk.helhed.messaging.control;

import com.twilio.exception.ApiException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

class SmsChannelTest {
    @Test
    void aRefusedConnectionOrUnknownHostMeansTheSmsNeverLeft() {
        assertThat(SmsChannel.unreachable(new ApiException("IOException during API request",
                new IOException("wrapped", new ConnectException("Connection refused"))))).isTrue();
        assertThat(SmsChannel.unreachable(new ApiException("x", new UnknownHostException("api.twilio.com"))))
                .isTrue();
    }

    @Test
    void aTimeoutAfterConnectingMayHaveDeliveredTheSms() {
        assertThat(SmsChannel.unreachable(new ApiException("x", new SocketTimeoutException("Read timed out"))))
                .isFalse();
        assertThat(SmsChannel.unreachable(new ApiException("Server Error"))).isFalse();
    }
}
