package io.ledgerbridge.demo.host.web;

import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.demo.host.books.FieldError;
import io.ledgerbridge.demo.host.books.RecordNotFoundException;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Projects (jobs of a customer): list, view, create and edit. */
final class ProjectScreens extends RecordScreens {
    private final HostPages pages;

    ProjectScreens(HostPages pages) {
        super("projects", "project");
        this.pages = pages;
    }

    @Override
    void list(Exchange ex) throws IOException {
        List<HostProject> projects = pages.host().store().jdbc()
                .inTransaction(c -> pages.host().store().projects().list(c, ex.tenant(), null));
        ex.page(200, "projects.ftlh", Map.of("projects", projects, "customerNames", customerNames(ex)));
    }

    @Override
    void view(Exchange ex, String id) throws IOException {
        HostProject p = pages.host().store().project(ex.tenant(), id)
                .orElseThrow(() -> new RecordNotFoundException("Project", id));
        ex.page(200, "project.ftlh", Map.of("project", p, "customer", customerNames(ex)
                .getOrDefault(p.hostCustomerId(), p.hostCustomerId()), "panels", ex.panels(RecordType.PROJECT, id)));
    }

    @Override
    void form(Exchange ex, String id, Map<String, String> v, List<FieldError> errors, int status) throws IOException {
        Map<String, String> customers = new LinkedHashMap<>();
        customers.put("", "Choose a customer");
        customers.putAll(customerNames(ex));
        Map<String, Object> model = formModel(id, v, errors);
        model.put("customers", customers);
        ex.page(status, "project-form.ftlh", model);
    }

    @Override
    Map<String, String> defaults(Exchange ex) {
        Map<String, String> v = new HashMap<>();
        v.put("active", "true");
        v.put("customerId", ex.parameter("customerId"));
        return v;
    }

    @Override
    Map<String, String> current(Exchange ex, String id) {
        HostProject p = pages.host().store().project(ex.tenant(), id)
                .orElseThrow(() -> new RecordNotFoundException("Project", id));
        Map<String, String> v = new HashMap<>();
        v.put("customerId", p.hostCustomerId());
        v.put("name", p.name());
        v.put("active", Boolean.toString(p.active()));
        return v;
    }

    @Override
    String write(Exchange ex, String id, Map<String, String> form) {
        return pages.host().books().saveProject(ex.tenant(), id, form);
    }

    private Map<String, String> customerNames(Exchange ex) {
        return CustomerScreens.names(pages, ex.tenant());
    }
}
