package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.qbo.client.http.QboJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Found by the fuzz proof: a look-up value QuickBooks cannot be asked about (half a surrogate pair) was reported as
 * "No active QuickBooks connection", which stopped the whole company; it is the record's input error.
 */
class ClientGatewayTest {
    private final ClientGateway gateway = new ClientGateway(t -> {
        throw new AssertionError("QuickBooks must not be called for a value it cannot be asked about");
    }, QboJson.newObjectMapper());
    private final TenantId tenant = TenantId.of("acme");

    @Test
    void aLookUpValueThatCannotBeSentIsTheRecordsInputErrorNotALostConnection() {
        assertThatThrownBy(() -> gateway.query(tenant, "Customer", Map.of("DisplayName", "Acme \uD83D"), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                        .isEqualTo("DisplayName"));
        assertThatThrownBy(() -> gateway.queries(tenant, List.of(new QboGateway.Query("Customer",
                Map.of("PrimaryEmailAddr", "\uDE00@x.example"), true))))
                .isInstanceOf(InvalidInputException.class).isNotInstanceOf(QboFault.class);
    }
}
