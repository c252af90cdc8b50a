package io.ledgerbridge.api.settings;

/**
 * How tax travels to the remote ledger. Taken from the connected company's country at connect time; an
 * administrator may change it.
 */
public enum TaxLocale {
    /** United States: no per-line tax codes; the host's tax goes as a line or a transaction tax override. */
    US,
    /** European Union and the United Kingdom: a tax code per line from the VAT-rate mapping. */
    EU,
    /** Canada: a tax code per line from the rate mapping (GST/HST/PST). */
    CANADA
}
