package io.ledgerbridge.sandbox.webhook;

import java.time.Instant;

/** One change to announce: entity name and id, operation (Create, Update, Delete, Merge, Void, Emailed). */
public record WebhookEvent(String realmId, String entity, String id, String operation, Instant at, String deletedId) {
}
