package io.labelforce.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorCodes;
import io.labelforce.common.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ETags} without Spring: the header forms a client may send. */
class ETagsTests {

    @Test
    void anETagIsTheQuotedVersion() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
        assertThat(ETags.parse(ETags.of(42))).isEqualTo(42L);
    }

    @ParameterizedTest(name = "If-Match [{0}] is version 7")
    @ValueSource(strings = {"\"7\"", "7", "W/\"7\"", "  \"7\"  ", "W/7"})
    void strongWeakQuotedAndBareTagsAreRead(String ifMatch) {
        assertThat(ETags.parse(ifMatch)).isEqualTo(7L);
    }

    @ParameterizedTest(name = "If-Match [{0}] matches any version")
    @NullSource
    @ValueSource(strings = {"", "   ", "*", " * "})
    void absentBlankOrStarMatchesAnyVersion(String ifMatch) {
        assertThat(ETags.parse(ifMatch)).isNull();
    }

    @ParameterizedTest(name = "If-Match [{0}] is refused")
    @ValueSource(strings = {"\"abc\"", "\"7", "\"\"", "\"7\", \"8\"", "W/", "99999999999999999999"})
    void anythingElseIsAPreconditionFailure(String ifMatch) {
        assertThatThrownBy(() -> ETags.parse(ifMatch))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.PRECONDITION_FAILED);
                    assertThat(e.errorCode()).isEqualTo(ErrorCodes.PRECONDITION_FAILED);
                })
                .hasMessageContaining(ifMatch);
    }
}
