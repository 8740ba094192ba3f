package io.labelforce.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkerEmailsTests {

    @Test
    void normalisingTrimsAndLowerCasesTheWholeAddress() {
        assertThat(WorkerEmails.normalise(" \tTom.O'Brien+Tag@Mail.Example.COM \n"))
                .isEqualTo("tom.o'brien+tag@mail.example.com");
        assertThat(WorkerEmails.normalise("a@example.com")).isEqualTo("a@example.com");
        // idempotent
        assertThat(WorkerEmails.normalise(WorkerEmails.normalise(" X@Y.Z "))).isEqualTo("x@y.z");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a@example.com",
                "A@EXAMPLE.COM",
                " a@example.com ",
                "first.last@sub.example.co.uk",
                "o'brien@example.ie",
                "x+y=z@example.com",
                "_@example.org",
                "user@xn--p1ai.xn--p1ai",
                "1@example.museum",
                "a-b@a-b.example"
            })
    void acceptsCommonAddresses(String email) {
        assertThat(WorkerEmails.isValid(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "plain",
                "@example.com",
                "a@",
                "a@example",
                "a@example.c",
                "a@1.23",
                "a@@example.com",
                "a b@example.com",
                "a@ex ample.com",
                ".a@example.com",
                "a.@example.com",
                "a..b@example.com",
                "a@example..com",
                "a@-example.com",
                "a@example-.com",
                "\"a\"@example.com",
                "a@[10.0.0.1]",
                "ü@example.com",
                "a@exämple.com",
                "a@example.com.",
                "<a@example.com>"
            })
    void rejectsEverythingElse(String email) {
        assertThat(WorkerEmails.isValid(email)).isFalse();
    }

    @Test
    void limitsTheLocalPartTo64AndTheAddressTo254Characters() {
        assertThat(WorkerEmails.isValid("l".repeat(64) + "@example.com")).isTrue();
        assertThat(WorkerEmails.isValid("l".repeat(65) + "@example.com")).isFalse();
        String label = "d".repeat(63);
        String domain = label + "." + label + "." + label + "." + "d".repeat(56) + ".com";
        assertThat(WorkerEmails.isValid("a@" + domain)).isTrue();
        assertThat(WorkerEmails.isValid("ab@" + domain)).isFalse();
        assertThat(WorkerEmails.isValid("a@" + "d".repeat(64) + ".com")).isFalse();
    }
}
