/**
 * Administrators' repairs of records' links to QuickBooks (unlink, link to a record found by a search, re-create a
 * deleted copy, follow a merge's survivor), what QuickBooks holds for a record now, and where to open it there.
 */
package io.ledgerbridge.qbo.repair;
