/**
 * The QuickBooks Online Accounting API client: one {@link io.ledgerbridge.qbo.client.QboClient} per company, built
 * by {@link io.ledgerbridge.qbo.client.QboClientFactory} from a JAX-RS client
 * ({@link io.ledgerbridge.qbo.client.http.JaxRsClients}), an {@link io.ledgerbridge.qbo.client.AccessTokenSource}
 * (the OAuth layer) and the company's {@link io.ledgerbridge.qbo.client.limit.CompanyThrottle}.
 * <p>
 * Failures are {@link io.ledgerbridge.qbo.client.error.QboException}s, translated in one place
 * ({@link io.ledgerbridge.qbo.client.error.ErrorTranslator}); what is retried, and when, is decided in one place
 * ({@link io.ledgerbridge.qbo.client.retry.RetryPolicy}). DTOs in {@code client.model} carry QuickBooks' own names.
 */
package io.ledgerbridge.qbo.client;
