package io.ledgerbridge.demo.host.web;

import io.ledgerbridge.demo.host.books.FieldError;
import io.ledgerbridge.demo.host.books.InvalidFormException;
import io.ledgerbridge.demo.host.ui.HttpProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The screens of one kind of record, at {@code /{path}}: list ({@code GET /path}), new form ({@code GET /path/new}),
 * create ({@code POST /path}), view ({@code GET /path/{id}}), edit form ({@code GET /path/{id}/edit}), update
 * ({@code POST /path/{id}}) and record actions ({@code POST /path/{id}/{action}}). A refused form is shown again with
 * the values as typed, status 422, and every refused field named.
 */
abstract class RecordScreens {
    /** Status of a page showing a refused form. */
    static final int SC_UNPROCESSABLE = 422;

    private final String path;
    private final String noun;

    RecordScreens(String path, String noun) {
        this.path = path;
        this.noun = noun;
    }

    /** @return the screens' path segment, e.g. "customers" */
    String path() {
        return path;
    }

    void handle(Exchange ex, List<String> rest) throws IOException {
        if (rest.isEmpty()) {
            if (ex.isPost()) {
                save(ex, null);
            } else {
                list(ex);
            }
        } else if (rest.size() == 1 && rest.get(0).equals("new") && !ex.isPost()) {
            form(ex, null, defaults(ex), List.of(), HttpServletResponse.SC_OK);
        } else if (rest.size() == 1) {
            if (ex.isPost()) {
                save(ex, rest.get(0));
            } else {
                view(ex, rest.get(0));
            }
        } else if (rest.size() == 2 && rest.get(1).equals("edit") && !ex.isPost()) {
            form(ex, rest.get(0), current(ex, rest.get(0)), List.of(), HttpServletResponse.SC_OK);
        } else if (rest.size() == 2 && ex.isPost()) {
            action(ex, rest.get(0), rest.get(1));
        } else {
            throw new HttpProblem(HttpServletResponse.SC_NOT_FOUND, "There is no such " + noun + " screen.");
        }
    }

    private void save(Exchange ex, String id) throws IOException {
        Map<String, String> form = ex.form();
        try {
            String saved = write(ex, id, form);
            ex.redirect("/" + path + "/" + Formats.url(saved), (id == null ? "Created " : "Saved ") + noun + " " + saved
                    + ".");
        } catch (InvalidFormException e) {
            form(ex, id, form, e.errors(), SC_UNPROCESSABLE);
        }
    }

    /**
     * A record action (POST /path/{id}/{action}); none by default.
     *
     * @param ex the exchange
     * @param id the record
     * @param action the action's path segment
     * @throws IOException when the answer cannot be sent
     */
    void action(Exchange ex, String id, String action) throws IOException {
        throw new HttpProblem(HttpServletResponse.SC_NOT_FOUND, "A " + noun + " has no action '" + action + "'.");
    }

    abstract void list(Exchange ex) throws IOException;

    abstract void view(Exchange ex, String id) throws IOException;

    /**
     * @param ex the exchange
     * @param id the record being edited, or {@code null} for a new one
     * @param values the values to show
     * @param errors the refused fields
     * @param status the HTTP status
     * @throws IOException when the answer cannot be sent
     */
    abstract void form(Exchange ex, String id, Map<String, String> values, List<FieldError> errors, int status)
            throws IOException;

    abstract Map<String, String> defaults(Exchange ex);

    abstract Map<String, String> current(Exchange ex, String id);

    /**
     * @return the saved record's id
     * @throws InvalidFormException when the form is refused
     */
    abstract String write(Exchange ex, String id, Map<String, String> form);

    /**
     * @param id the record being edited, or {@code null} for a new one
     * @param values the values to show
     * @param errors the refused fields
     * @return the variables every form template needs (forms.ftlh's recordForm): path, id, values and errors
     */
    Map<String, Object> formModel(String id, Map<String, String> values, List<FieldError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("path", path);
        model.put("id", id == null ? "" : id);
        model.put("values", values);
        model.put("errors", errors);
        return model;
    }
}
