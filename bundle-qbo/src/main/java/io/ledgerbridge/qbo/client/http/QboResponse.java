package io.ledgerbridge.qbo.client.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful answer.
 *
 * @param body the JSON envelope
 * @param intuitTid the {@code intuit_tid} header, or null
 */
public record QboResponse(JsonNode body, String intuitTid) {
}
