package io.ledgerbridge.qbo.client.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.qbo.client.model.EntityType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class QboQueryTest {

    @Test
    void buildsSelectWithConditionsOrderAndPaging() {
        String statement = QboQuery.from(EntityType.INVOICE).where("Balance", QboQuery.Op.GT, BigDecimal.ZERO)
                .where("TxnDate", QboQuery.Op.GE, LocalDate.of(2026, 1, 1)).orderBy("Id")
                .startPosition(1001).maxResults(1000).statement();

        assertThat(statement).isEqualTo("SELECT * FROM Invoice WHERE Balance > 0 AND TxnDate >= '2026-01-01'"
                + " ORDERBY Id STARTPOSITION 1001 MAXRESULTS 1000");
    }

    @Test
    void singleQuotesAndBackslashesAreBackslashEscaped() {
        assertThat(QboQuery.quote("Amy's Bird Sanctuary")).isEqualTo("'Amy\\'s Bird Sanctuary'");
        assertThat(QboQuery.quote("C:\\temp\\")).isEqualTo("'C:\\\\temp\\\\'");
        assertThat(QboQuery.quote("\\'")).isEqualTo("'\\\\\\''");
    }

    @Test
    void aHostileNameCannotEndTheStringOrAddConditions() {
        String hostile = "x' OR Id > '0";
        String trailingBackslash = "evil\\";

        assertThat(QboQuery.from(EntityType.CUSTOMER).where("DisplayName", hostile).statement())
                .isEqualTo("SELECT * FROM Customer WHERE DisplayName = 'x\\' OR Id > \\'0'");
        assertThat(QboQuery.from(EntityType.CUSTOMER).where("DisplayName", trailingBackslash)
                .where("Active", true).statement())
                .isEqualTo("SELECT * FROM Customer WHERE DisplayName = 'evil\\\\' AND Active = true");
    }

    /** Found by the fuzz proof: half a surrogate pair went out as '?' and searched for another name. */
    @Test
    void aValueWithHalfASurrogatePairIsRefusedNamingTheFieldInsteadOfBeingSentAsAQuestionMark() {
        assertThatThrownBy(() -> QboQuery.from(EntityType.CUSTOMER).where("DisplayName", "Acme \uD83D Ltd"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("DisplayName"))
                .hasMessageContaining("position 6");
        assertThatThrownBy(() -> QboQuery.from(EntityType.CUSTOMER).whereIn("PrimaryEmailAddr", "a@b.example", "\uDE00"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(QboQuery.from(EntityType.CUSTOMER).where("DisplayName", "Acme \uD83D\uDE00").statement())
                .endsWith("DisplayName = 'Acme \uD83D\uDE00'");
    }

    @Test
    void unicodePercentAndAmpersandPassThroughUnchanged() {
        String statement = QboQuery.from(EntityType.CUSTOMER).where("DisplayName", QboQuery.Op.LIKE, "Zoë & Søn 100%")
                .where("CompanyName", "日本 🎉").statement();

        assertThat(statement).isEqualTo("SELECT * FROM Customer WHERE DisplayName LIKE 'Zoë & Søn 100%'"
                + " AND CompanyName = '日本 🎉'");
    }

    @Test
    void inListsCountsAndInactiveRecords() {
        QboQuery<?> query = QboQuery.from(EntityType.VENDOR).whereIn("Id", "1", "2'3").includeInactive();

        assertThat(query.statement())
                .isEqualTo("SELECT * FROM Vendor WHERE Id IN ('1', '2\\'3') AND Active IN (true, false)");
        assertThat(query.orderBy("Id").maxResults(5).countStatement())
                .isEqualTo("SELECT COUNT(*) FROM Vendor WHERE Id IN ('1', '2\\'3') AND Active IN (true, false)");
    }

    @Test
    void dateTimesAreQuotedWithTheirOffset() {
        String statement = QboQuery.from(EntityType.PAYMENT).where("MetaData.LastUpdatedTime", QboQuery.Op.GT,
                OffsetDateTime.parse("2026-01-05T10:20:30-08:00")).statement();

        assertThat(statement).isEqualTo(
                "SELECT * FROM Payment WHERE MetaData.LastUpdatedTime > '2026-01-05T10:20:30-08:00'");
    }

    @Test
    void dateTimesAlwaysCarrySecondsAndNoFractions() {
        String statement = QboQuery.from(EntityType.INVOICE).where("MetaData.LastUpdatedTime", QboQuery.Op.GE,
                OffsetDateTime.parse("2026-01-05T10:20:00.987654Z")).statement();

        assertThat(statement).endsWith("MetaData.LastUpdatedTime >= '2026-01-05T10:20:00+00:00'");
    }

    @Test
    void fieldNamesMustBeIdentifiersAndValuesKnownTypes() {
        QboQuery<?> query = QboQuery.from(EntityType.CUSTOMER);

        assertThatThrownBy(() -> query.where("Id = '1' OR Id", "2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query.orderBy("Id; DROP")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query.where("Id", new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query.maxResults(1001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query.startPosition(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queriesAreImmutable() {
        QboQuery<?> base = QboQuery.from(EntityType.ITEM);
        base.where("Name", "x").orderBy("Id");

        assertThat(base.statement()).isEqualTo("SELECT * FROM Item");
    }
}
