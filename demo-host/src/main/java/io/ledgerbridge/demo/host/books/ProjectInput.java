package io.ledgerbridge.demo.host.books;

import java.util.Map;

/**
 * A submitted project form, checked (the customer's existence is checked when saving).
 *
 * @param customerId the customer the project belongs to
 * @param name the project's name
 * @param active whether it is open
 */
public record ProjectInput(String customerId, String name, boolean active) {

    /**
     * @param form the submitted fields
     * @return the checked input
     * @throws InvalidFormException naming every refused field
     */
    public static ProjectInput read(Map<String, String> form) {
        FormReader r = new FormReader(form);
        String customer = r.requiredText("customerId", "Customer", 40);
        String name = r.requiredText("name", "Project name", 100);
        boolean active = r.checked("active");
        r.throwIfInvalid();
        return new ProjectInput(customer, name, active);
    }
}
