package io.ledgerbridge.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.json.Json;

/**
 * A data-service fault: {@code {"Fault":{"Error":[{Message,Detail,code,element}],"type":"ValidationFault"},"time":…}}.
 * {@code element} is left out when null, as in the recorded 4001 and 6240 bodies, and written as given otherwise.
 */
public final class QboFault extends RuntimeException {
    private final int status;
    private final String code;
    private final String detail;
    private final String element;
    private final String type;
    private final boolean withTime;

    public QboFault(int status, String code, String message, String detail, String element, String type, boolean withTime) {
        super(message);
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.element = element;
        this.type = type;
        this.withTime = withTime;
    }

    public static QboFault validation(String code, String message, String detail, String element) {
        return new QboFault(400, code, message, detail, element, "ValidationFault", true);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }

    public boolean withTime() {
        return withTime;
    }

    /** The {@code Fault} object itself (what a batch item carries). */
    public ObjectNode faultNode() {
        ObjectNode error = Json.object().put("Message", getMessage()).put("Detail", detail).put("code", code);
        if (element != null) {
            error.put("element", element);
        }
        ObjectNode fault = Json.object();
        ArrayNode errors = fault.putArray("Error");
        errors.add(error);
        fault.put("type", type);
        return fault;
    }
}
