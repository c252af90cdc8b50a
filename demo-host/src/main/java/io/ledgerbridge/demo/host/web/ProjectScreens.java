package io.ledgerbridge.demo.host.web;

import static io.ledgerbridge.demo.host.web.Html.esc;

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

    static String table(List<HostProject> projects, Map<String, String> customerNames) {
        StringBuilder out = new StringBuilder("<table><tr><th>Project</th><th>Customer</th><th>State</th>"
                + "<th>Updated</th></tr>");
        for (HostProject p : projects) {
            out.append("<tr><td><a href=\"/projects/").append(Html.url(p.hostProjectId())).append("\">")
                    .append(esc(p.name())).append("</a></td><td><a href=\"/customers/")
                    .append(Html.url(p.hostCustomerId())).append("\">")
                    .append(esc(customerNames.getOrDefault(p.hostCustomerId(), p.hostCustomerId()))).append("</a></td><td>")
                    .append(p.active() ? "open" : "closed").append("</td><td>").append(Html.time(p.updatedAt()))
                    .append("</td></tr>");
        }
        return projects.isEmpty() ? "<p>No projects.</p>" : out.append("</table>").toString();
    }

    @Override
    void list(Exchange ex) throws IOException {
        List<HostProject> projects = pages.host().store().jdbc()
                .inTransaction(c -> pages.host().store().projects().list(c, ex.tenant(), null));
        ex.page(200, "Projects", "<div class=\"actions\"><a class=\"button\" href=\"/projects/new\">New project</a>"
                + "</div>" + table(projects, customerNames(ex)));
    }

    @Override
    void view(Exchange ex, String id) throws IOException {
        HostProject p = pages.host().store().project(ex.tenant(), id)
                .orElseThrow(() -> new RecordNotFoundException("Project", id));
        String content = "<div class=\"actions\"><a class=\"button\" href=\"/projects/" + Html.url(id)
                + "/edit\">Edit</a></div><dl><dt>Id</dt><dd>" + esc(id) + "</dd><dt>Name</dt><dd>" + esc(p.name())
                + "</dd><dt>Customer</dt><dd><a href=\"/customers/" + Html.url(p.hostCustomerId()) + "\">"
                + esc(customerNames(ex).getOrDefault(p.hostCustomerId(), p.hostCustomerId())) + "</a></dd>"
                + "<dt>State</dt><dd>" + (p.active() ? "open" : "closed") + "</dd><dt>Updated</dt><dd>"
                + Html.time(p.updatedAt()) + "</dd></dl>" + ex.panels(RecordType.PROJECT, id);
        ex.page(200, p.name(), content);
    }

    @Override
    void form(Exchange ex, String id, Map<String, String> v, List<FieldError> errors, int status) throws IOException {
        Map<String, String> customers = new LinkedHashMap<>();
        customers.put("", "Choose a customer");
        customers.putAll(customerNames(ex));
        String content = Html.errorSummary(errors) + formStart(id, ex.who().csrfToken()) + "<fieldset><legend>Project"
                + "</legend>" + Html.select(v, errors, "customerId", "Customer", customers)
                + Html.input(v, errors, "name", "Project name", "text", null)
                + "<div class=\"field\"><label><input type=\"checkbox\" name=\"active\" value=\"true\""
                + (v.get("active") != null && !"false".equals(v.get("active")) ? " checked" : "")
                + "> Open</label></div></fieldset>" + formEnd(id);
        ex.page(status, id == null ? "New project" : "Edit project " + id, content);
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
