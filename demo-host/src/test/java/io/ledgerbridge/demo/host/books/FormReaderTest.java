package io.ledgerbridge.demo.host.books;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormReaderTest {

    @Test
    void anInvoiceFormReportsEveryBadFieldWithItsRemedyAtOnce() {
        Map<String, String> form = Map.of("customerId", "CUS-1", "issueDate", "2026-03-10", "dueDate", "2026-03-01",
                "taxRate", "150", "line.0.name", "Work", "line.0.quantity", "two", "line.0.unitPrice", "12.345678");

        assertThatThrownBy(() -> InvoiceInput.read(form)).isInstanceOfSatisfying(InvalidFormException.class, e -> {
            assertThat(e.errors()).extracting(FieldError::field)
                    .containsExactlyInAnyOrder("dueDate", "taxRate", "line.0.quantity", "line.0.unitPrice");
            assertThat(e.errors()).extracting(FieldError::message).contains(
                    "Line 1 quantity 'two' is not a number. Write digits with an optional '.', e.g. 12.50.",
                    "Due date is before the issue date. Pick a due date on or after 2026-03-10.");
        });
    }

    @Test
    void blankOptionalFieldsReadAsNullAndTextIsTrimmed() {
        FormReader reader = new FormReader(Map.of("name", "  Acme  ", "phone", "   "));

        assertThat(reader.text("name", "Name", 10)).isEqualTo("Acme");
        assertThat(reader.text("phone", "Phone", 10)).isNull();
        assertThat(reader.email("email", "E-mail")).isNull();
        reader.throwIfInvalid();
    }

    @Test
    void aRequiredFieldIsReportedOnceAndTooLongTextIsRefused() {
        FormReader reader = new FormReader(Map.of("name", "x".repeat(11)));

        reader.requiredText("name", "Name", 10);
        reader.requiredText("vendor", "Vendor", 10);

        assertThatThrownBy(reader::throwIfInvalid).isInstanceOfSatisfying(InvalidFormException.class,
                e -> assertThat(e.errors()).extracting(FieldError::message).containsExactly(
                        "Name is 11 characters long. Shorten it to at most 10.", "Vendor is required. Fill it in."));
    }
}
