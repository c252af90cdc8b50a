package io.ledgerbridge.api.host;

import io.ledgerbridge.api.Checks;
import java.util.List;

/**
 * An e-mail the connector asks the host to send to the tenant's notification recipients. Created by the connector;
 * handed to {@link HostNotifier#send}.
 *
 * @param recipients the e-mail addresses, at least one
 * @param subject the subject line
 * @param body the plain-text body
 */
public record Notification(List<String> recipients, String subject, String body) {
    public Notification {
        recipients = List.copyOf(Checks.required(recipients, "recipients"));
        if (recipients.isEmpty()) {
            throw new io.ledgerbridge.api.InvalidInputException("recipients", "no recipient",
                    "set at least one notification recipient");
        }
        Checks.requiredText(subject, "subject");
        Checks.requiredText(body, "body");
    }
}
