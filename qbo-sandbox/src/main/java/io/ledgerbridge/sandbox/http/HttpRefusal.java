package io.ledgerbridge.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.json.Json;

/**
 * A request refused at the HTTP level, before any handler sees it (unknown Content-Encoding, a corrupt compressed
 * body, a body too large). Answered with its status and a {@code Fault} body whose Detail names the remedy.
 */
public final class HttpRefusal extends RuntimeException {
    private final int status;
    private final String detail;

    public HttpRefusal(int status, String message, String detail) {
        super(message, null, false, false);
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    /** {@code {"Fault":{"Error":[{"Message","Detail","code"}],"type":"SystemFault"}}}, the code being the status. */
    public Response response() {
        ObjectNode error = Json.object().put("Message", getMessage()).put("Detail", detail).put("code", String.valueOf(status));
        ObjectNode fault = Json.object();
        fault.putArray("Error").add(error);
        fault.put("type", "SystemFault");
        ObjectNode body = Json.object();
        body.set("Fault", fault);
        return Response.json(status, body);
    }
}
