package io.ledgerbridge.ui.page;

/**
 * The contributed pages' stylesheet. The host's chrome styles bare elements ({@code button}, {@code table}); every
 * rule here is scoped to an {@code lb-} class so it neither leaks into the host nor depends on the host's rules.
 */
public final class Styles {
    /** The {@code id} of the style element, one per page. */
    public static final String ELEMENT_ID = "lb-styles";

    static final String CSS = """
            .lb-connection{max-width:760px;background:#fff;border:1px solid #dde3ea;border-radius:8px;\
            padding:1.1rem 1.4rem 1.3rem;box-shadow:0 1px 2px rgba(16,24,40,.06)}\
            .lb-connection h2{display:flex;align-items:center;gap:.75rem;margin:0 0 .9rem;font-size:1.2rem}\
            .lb-pill{display:inline-flex;align-items:center;gap:.4rem;padding:.1rem .7rem;border:1px solid;\
            border-radius:999px;font-size:.8rem;font-weight:600;line-height:1.6;white-space:nowrap}\
            .lb-pill::before{content:"";width:.5rem;height:.5rem;border-radius:50%;background:currentColor}\
            .lb-pill-green{background:#dcf5e3;color:#17692d;border-color:#8fd3a3}\
            .lb-pill-amber{background:#fff1d6;color:#8a5300;border-color:#f0c36b}\
            .lb-pill-grey{background:#eceff2;color:#4f5a66;border-color:#c5cdd6}\
            .lb-pill-red{background:#fdecea;color:#b42318;border-color:#f1a9a0}\
            .lb-record p{margin:.2rem 0 .6rem}.lb-remote-id{font-variant-numeric:tabular-nums}\
            .lb-notice{margin:.8rem 0;padding:.6rem .9rem;border:1px solid;border-left-width:4px;border-radius:6px}\
            .lb-notice p{margin:0}.lb-notice .lb-message{font-weight:600}\
            .lb-notice .lb-remedy{margin-top:.2rem;font-size:.9rem;color:#4b5968}\
            .lb-notice-ok{background:#eef9f1;border-color:#b5e0c1;border-left-color:#2e9e4f}\
            .lb-notice-error{background:#fdf1f0;border-color:#f1bdb7;border-left-color:#c0392b}\
            .lb-notice-info{background:#eef4fb;border-color:#c3d7ef;border-left-color:#2c7be5}\
            table.lb-details{width:100%;margin:1rem 0;border:1px solid #e4e8ee;border-radius:6px;\
            border-collapse:separate;border-spacing:0;overflow:hidden;background:#fff}\
            .lb-details th,.lb-details td{padding:.45rem .8rem;border-bottom:1px solid #eef1f4;text-align:left}\
            .lb-details th{width:1%;padding-right:2rem;white-space:nowrap;background:#f7f9fb;color:#4b5968;\
            font-weight:600}\
            .lb-details tr:last-child th,.lb-details tr:last-child td{border-bottom:0}\
            .lb-actions{display:flex;flex-wrap:wrap;gap:.6rem;margin-top:1.2rem}\
            .lb-inline{display:inline;margin:0}\
            .lb-button{display:inline-block;padding:.5rem 1.1rem;border:1px solid transparent;border-radius:6px;\
            font:inherit;font-weight:600;line-height:1.2;text-decoration:none;cursor:pointer}\
            .lb-button:focus-visible{outline:3px solid #9cc3f5;outline-offset:1px}\
            .lb-primary{background:#2ca01c;border-color:#2ca01c;color:#fff}\
            .lb-primary:hover{background:#23861a;border-color:#23861a}\
            .lb-secondary{background:#fff;border-color:#b9c3ce;color:#1d2733}\
            .lb-secondary:hover{background:#f2f5f8}\
            .lb-danger{background:#fff;border-color:#e6a8a0;color:#b42318}\
            .lb-danger:hover{background:#fdf1f0}\
            .lb-callback{max-width:760px}.lb-back{margin-top:1rem}\
            """;

    private Styles() {
    }

    /**
     * @param fragment a page fragment
     * @return the fragment with the stylesheet in front of it, unless it already carries it
     */
    public static String prepend(String fragment) {
        if (fragment.contains("<style id=\"" + ELEMENT_ID + "\">")) {
            return fragment;
        }
        return "<style id=\"" + ELEMENT_ID + "\">" + CSS + "</style>" + fragment;
    }
}
