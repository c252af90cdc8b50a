/**
 * The QuickBooks Online Accounting API client: one {@link io.ledgerbridge.qbo.client.QboClient} per company, built
 * by {@link io.ledgerbridge.qbo.client.QboClientFactory} from a JAX-RS client
 * ({@link io.ledgerbridge.qbo.client.http.JaxRsClients}), an {@link io.ledgerbridge.qbo.client.AccessTokenSource}
 * (the OAuth layer) and the company's {@link io.ledgerbridge.qbo.client.limit.CompanyThrottle}.
 * <p>
 * Failures are {@link io.ledgerbridge.qbo.client.error.QboException}s, translated in one place
 * ({@link io.ledgerbridge.qbo.client.error.ErrorTranslator}); what is retried, and when, is decided in one place
 * ({@link io.ledgerbridge.qbo.client.retry.RetryPolicy}). DTOs in {@code client.model} carry QuickBooks' own names.
 * <pre>{@code
 * Client http = JaxRsClients.newClient(Duration.ofSeconds(10), Duration.ofSeconds(130)); // close on deactivate
 * ObjectMapper mapper = QboJson.newObjectMapper();
 * QboClientFactory factory = new QboClientFactory(http, mapper,
 *         new RetryPolicy(RetrySettings.defaults(), () -> ThreadLocalRandom.current().nextDouble()),
 *         Clock.systemUTC(), Sleeper.system());
 * CompanyThrottle throttle = factory.newThrottle(ThrottleLimits.quickBooksOnline()); // one per company
 * QboClient qbo = factory.newClient(new QboEndpoint(URI.create("https://quickbooks.api.intuit.com"), realmId),
 *         tokenSource, throttle);
 * // the requestid is the caller's deterministic id for this write (the sync engine's come from sync.RequestIds),
 * // so a retry sends the same id and QuickBooks replays its first answer instead of writing twice
 * Invoice created = qbo.create(invoice, requestId);
 * }</pre>
 */
package io.ledgerbridge.qbo.client;
