package io.labelforce.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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

    /**
     * The hand-written scanner and the regex must agree on every input: random strings over the characters
     * that decide the grammar (separators, label edges, the local part's symbols, upper case and non-ASCII),
     * with label and local-part lengths around their limits.
     */
    @Test
    void theScannerAgreesWithThePatternOnEveryInput() {
        String alphabet = "aAz09-._@!#'+~`{|}xé \"(),;:[]";
        SplittableRandom random = new SplittableRandom(20261202);
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        for (int n = 0; n < 300_000; n++) {
            String candidate = n % 3 == 0 ? plausible(random) : random(random, alphabet);
            boolean expected = WorkerEmails.matchesPattern(candidate);
            if (expected) {
                accepted++;
            }
            if (WorkerEmails.matches(candidate) != expected && disagreements.size() < 10) {
                disagreements.add(candidate + " (pattern says " + expected + ")");
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(accepted).as("the generator reaches valid addresses too").isGreaterThan(5_000);
    }

    private static String random(SplittableRandom random, String alphabet) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(0, 24);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** local@label(.label)+ with lengths and edge characters near the rules' limits. */
    private static String plausible(SplittableRandom random) {
        String[] local = {"a", "a.b", ".a", "a.", "a..b", "x".repeat(64), "x".repeat(65), "o'b+c", "-", "a b"};
        String[] labels = {
            "example", "a", "b1", "1b", "-a", "a-", "a-b", "x".repeat(63), "x".repeat(64), "", "xn--p1ai", "c0m", "é"
        };
        StringBuilder s = new StringBuilder(local[random.nextInt(local.length)]).append('@');
        int count = random.nextInt(1, 5);
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : ".").append(labels[random.nextInt(labels.length)]);
        }
        return s.toString();
    }
}
