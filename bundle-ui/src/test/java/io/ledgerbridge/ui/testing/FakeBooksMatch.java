package io.ledgerbridge.ui.testing;

import io.ledgerbridge.api.BooksMatchOperations;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.sync.BooksMatchReport;
import io.ledgerbridge.api.sync.RecordRef;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The books-match operations of {@link FakeConnector}: the report it is given, and every call written down. */
final class FakeBooksMatch implements BooksMatchOperations {
    private final Supplier<BooksMatchReport> report;
    private final List<String> calls;

    FakeBooksMatch(Supplier<BooksMatchReport> report, List<String> calls) {
        this.report = report;
        this.calls = calls;
    }

    @Override
    public void request(TenantId tenant, HostUser by) {
        calls.add("request by " + by.userId());
    }

    @Override
    public Optional<BooksMatchReport> latest(TenantId tenant) {
        return Optional.ofNullable(report.get());
    }

    @Override
    public void unlink(TenantId tenant, RecordRef record, HostUser by) {
        calls.add("unlink " + record + " by " + by.userId());
    }

    @Override
    public void link(TenantId tenant, RecordRef record, String remoteId, HostUser by) {
        if (remoteId.isBlank()) {
            throw new InvalidInputException("remoteId", "is required", "use Link on the report's row");
        }
        calls.add("link " + record + " to " + remoteId + " by " + by.userId());
    }
}
