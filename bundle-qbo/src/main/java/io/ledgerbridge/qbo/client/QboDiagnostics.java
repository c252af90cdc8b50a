package io.ledgerbridge.qbo.client;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.api.DiagnosticsDump;
import io.ledgerbridge.qbo.client.model.EntityType;
import io.ledgerbridge.qbo.client.query.QboQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Streams QuickBooks lists as JSON arrays for the diagnostics downloads (customers, sub-customers, invoices), page by
 * page: records are written as QuickBooks sent them and flushed after each page, so a large company is never held
 * in memory.
 */
public final class QboDiagnostics {
    private final QboClient client;
    private final ObjectMapper mapper;
    private final int pageSize;

    /**
     * @param client the company's client
     * @param mapper the QuickBooks mapper
     * @param pageSize records per query page, at most 1000
     */
    public QboDiagnostics(QboClient client, ObjectMapper mapper, int pageSize) {
        this.client = Objects.requireNonNull(client, "client");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.pageSize = pageSize;
    }

    /**
     * Writes one list as a JSON array to {@code out}, which is flushed but not closed.
     *
     * @throws IOException when writing fails
     */
    public void write(DiagnosticsDump dump, OutputStream out) throws IOException {
        switch (dump) {
            // Job is not filterable in QuickBooks queries, so customers and jobs are told apart here.
            case CUSTOMERS -> write(QboQuery.from(EntityType.CUSTOMER).includeInactive().orderBy("Id"),
                    node -> !node.path("Job").asBoolean(false), out);
            case SUB_CUSTOMERS -> write(QboQuery.from(EntityType.CUSTOMER).includeInactive().orderBy("Id"),
                    node -> node.path("Job").asBoolean(false), out);
            case INVOICES -> write(QboQuery.from(EntityType.INVOICE).orderBy("Id"), node -> true, out);
        }
    }

    private void write(QboQuery<?> query, Predicate<JsonNode> include, OutputStream out) throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartArray();
            Iterator<List<JsonNode>> pages = client.queryAllJson(query, pageSize).pages();
            while (pages.hasNext()) {
                for (JsonNode record : pages.next()) {
                    if (include.test(record)) {
                        mapper.writeTree(json, record);
                    }
                }
                json.flush();
            }
            json.writeEndArray();
        }
    }
}
