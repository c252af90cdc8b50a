/**
 * The books-match report: the host's balances against QuickBooks', paged through QuickBooks on the company's lease
 * holder, each difference with its likely cause and the action that fixes it.
 */
package io.ledgerbridge.qbo.books;
