package io.ledgerbridge.ui.page;

import java.io.IOException;

/** One sub-page below the QuickBooks settings page ({@code .../quickbooks/mappings}): a plain class, no servlet. */
public interface SubPage {

    /**
     * @param ctx the request
     * @throws IOException when writing fails
     */
    void get(PageContext ctx) throws IOException;

    /**
     * @param ctx the request (the host has checked its CSRF token)
     * @throws IOException when writing fails
     */
    void post(PageContext ctx) throws IOException;
}
