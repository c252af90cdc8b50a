package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.conflict.ConflictDetector;
import io.ledgerbridge.qbo.mapping.Mapped;
import io.ledgerbridge.qbo.mapping.OwnedFields;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.PendingCreates;
import io.ledgerbridge.qbo.store.RecordLink;
import io.ledgerbridge.qbo.store.SyncRuns;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Creates or updates one QuickBooks entity for one host record and stores the link (id, SyncToken, hash and snapshot
 * of what was pushed) before returning; what an update writes is noted on the link before it is sent. Updates are
 * sparse, with Id and SyncToken; a stale SyncToken (5010) re-reads the entity and compares it with the snapshot: a
 * QuickBooks edit of a host-owned field stops the push as a conflict, anything else retries once; a deleted entity
 * (610) marks the link broken. A DisplayName clash (6240) asks the caller for the next deterministic alternative name.
 */
final class EntityWriter {
    private static final int MAX_NAME_ATTEMPTS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final QboGateway qbo;
    private final LinkStore links;
    private final ConflictDetector conflicts;
    private final Clock clock;
    private final PendingCreates creates;

    EntityWriter(QboGateway qbo, LinkStore links, ConflictDetector conflicts, Clock clock) {
        this.qbo = qbo;
        this.links = links;
        this.conflicts = conflicts;
        this.clock = clock;
        this.creates = new PendingCreates(links);
    }

    /**
     * @param pass the pass
     * @param ref the host record
     * @param mapped the entity to push
     * @param matched an existing QuickBooks entity to link on first push (found by e-mail or name), or {@code null}
     * @param renamed the alternative for a DisplayName clash (attempt 1, 2, ...), or {@code null} when names
     *        cannot clash
     * @param force push even when QuickBooks already holds exactly this
     * @return what was done
     * @throws QboFault when QuickBooks refuses
     */
    Written write(Pass pass, RecordRef ref, Mapped mapped, ObjectNode matched, IntFunction<Mapped> renamed,
            boolean force) {
        return step(pass, ref, mapped, matched, renamed, force).now();
    }

    /**
     * The same push as {@link #write}, with its last write left for the caller to send alone or in a batch.
     */
    Step step(Pass pass, RecordRef ref, Mapped mapped, ObjectNode matched, IntFunction<Mapped> renamed,
            boolean force) {
        Optional<RecordLink> link = links.find(pass.tenant, ref);
        if (link.isPresent() && (link.get().broken() || pendingCreate(link.get()))) {
            // A broken link needs its repair; a create sent but never answered is sent again alone, as it was.
            return Step.done(sendAlone(pass, ref, mapped, matched, renamed, force));
        }
        String qboId = link.map(RecordLink::qboId).orElse(matched == null ? null : matched.path("Id").asText());
        String token = link.map(RecordLink::qboSyncToken)
                .orElse(matched == null ? null : matched.path("SyncToken").asText());
        if (qboId != null && !force && link.isPresent() && mapped.hash().equals(link.get().pushedHash())) {
            return Step.done(new Written(SyncRuns.Outcome.SKIPPED, qboId, null,
                    "Unchanged since the last push: QuickBooks already holds it", null));
        }
        if (qboId != null && link.isPresent()) {
            sending(pass, ref, mapped);
        }
        Step.PlannedWrite planned = qboId == null ? new Step.PlannedWrite(mapped.entity(), "create", mapped.body())
                : new Step.PlannedWrite(mapped.entity(), "update", sparse(mapped, qboId, token));
        SyncRuns.Outcome outcome = qboId == null ? SyncRuns.Outcome.CREATED : SyncRuns.Outcome.UPDATED;
        return Step.pending(planned, answer -> {
            store(pass, ref, mapped, answer);
            return new Written(outcome, answer.path("Id").asText(), answer, null, originals(mapped));
        }, () -> sendAlone(pass, ref, mapped, matched, renamed, force));
    }

    private Written sendAlone(Pass pass, RecordRef ref, Mapped mapped, ObjectNode matched,
            IntFunction<Mapped> renamed, boolean force) {
        Optional<RecordLink> link = links.find(pass.tenant, ref);
        if (link.isPresent() && link.get().broken()) {
            // A merge waits for an administrator's choice: nothing goes to the survivor meanwhile.
            boolean merged = link.get().mergedIntoQboId() != null;
            throw PushFailure.stop(merged && link.get().brokenReason() != null ? link.get().brokenReason()
                    : "The QuickBooks " + ref.type().name().toLowerCase(java.util.Locale.ROOT) + " "
                            + link.get().qboId() + " was deleted, so the sync link is broken",
                    merged ? FaultTranslator.MERGED_REMEDY : FaultTranslator.BROKEN_LINK_REMEDY);
        }
        String qboId = link.map(RecordLink::qboId).orElse(matched == null ? null : matched.path("Id").asText());
        String token = link.map(RecordLink::qboSyncToken)
                .orElse(matched == null ? null : matched.path("SyncToken").asText());
        Mapped current = mapped;
        for (int attempt = 1; ; attempt++) {
            try {
                if (qboId == null) {
                    Created created = create(pass, ref, link, current, attempt);
                    if (!created.older()) {
                        store(pass, ref, current, created.entity());
                        return new Written(SyncRuns.Outcome.CREATED, created.entity().path("Id").asText(),
                                created.entity(), null, originals(current));
                    }
                    // QuickBooks answered a create sent for an older state of the record (before a crash or a
                    // timeout): that entity is the record's, and this change follows as its update.
                    String remote = OwnedFields.tracked(ref.type())
                            ? OwnedFields.toJson(OwnedFields.snapshot(ref.type(), created.entity())) : null;
                    qboId = created.entity().path("Id").asText();
                    token = created.entity().path("SyncToken").asText();
                    links.pushed(pass.tenant, ref, pass.realmId, qboId, token, null, null, remote, clock.instant());
                }
                if (!force && link.isPresent() && current.hash().equals(link.get().pushedHash())) {
                    return new Written(SyncRuns.Outcome.SKIPPED, qboId, null,
                            "Unchanged since the last push: QuickBooks already holds it", null);
                }
                if (link.isPresent()) {
                    sending(pass, ref, current);
                }
                ObjectNode updated = update(pass, ref, current, qboId, token);
                store(pass, ref, current, updated);
                return new Written(SyncRuns.Outcome.UPDATED, qboId, updated, null, originals(current));
            } catch (QboFault f) {
                if (f.kind() == QboFault.Kind.NOT_FOUND && qboId == null) {
                    // Nothing of ours was deleted: something the new record refers to is gone or inactive.
                    throw new PushFailure(PushFailure.Action.STOP_RECORD, "QuickBooks refused a reference: something "
                            + "this " + ref.type().name().toLowerCase(java.util.Locale.ROOT) + " uses (customer, "
                            + "item, account, class or tax code) was deleted or made inactive in QuickBooks ("
                            + f.detail() + ")", "Make it active again in QuickBooks, or change the mapping that "
                            + "points to it, then re-sync", f.code(), f.intuitTid(), null, f);
                }
                if (f.kind() == QboFault.Kind.NOT_FOUND && link.isPresent()) {
                    links.markBroken(pass.tenant, ref);
                }
                if (renamed == null || !"6240".equals(f.code()) || attempt >= MAX_NAME_ATTEMPTS) {
                    throw f;
                }
                current = renamed.apply(attempt);
            }
        }
    }

    /** QuickBooks' answer to a create, and whether it answered an earlier create of an older state of the record. */
    private record Created(ObjectNode entity, boolean older) {
    }

    /**
     * Sends a create. A payment's requestid follows the record already (whichever row carries it); another record's
     * follows the outbox row that pushes it, so its create is noted on the link before it is sent and the record's
     * next push, whichever row carries it, sends that requestid again while the answer is not stored.
     */
    private Created create(Pass pass, RecordRef ref, Optional<RecordLink> link, Mapped current, int attempt) {
        boolean noted = ref.type() != io.ledgerbridge.api.event.RecordType.PAYMENT;
        String note = noted && link.isPresent() && pendingCreate(link.get()) ? link.get().createRequestId() : null;
        String sent = attempt == 1 ? note : null;
        String rid = sent;
        if (rid == null) {
            // A record unlinked or re-created by an administrator counts the time: its create is a new write, never
            // a replay of the create that made the entity it was unlinked from (a payment taken back likewise).
            String again = link.map(RecordLink::origin).filter(o -> o.startsWith(LinkStore.AGAIN))
                    .map(o -> "/" + o).orElse("");
            String key = (noted ? pass.rowKey() : "payment") + again;
            rid = RequestIds.of(pass.tenant, ref, key, "create", attempt);
            if (rid.equals(note)) {
                // The note was a later attempt's (a renamed body), just sent with this push's first body and
                // refused: QuickBooks would replay that refusal for this attempt.
                rid = RequestIds.of(pass.tenant, ref, key, "create", attempt, "after-note");
            }
            if (noted) {
                creates.sending(pass.tenant, ref, pass.realmId, rid, current.hash());
            }
        }
        try {
            ObjectNode created = qbo.create(pass.tenant, current.entity(), current.body(), rid);
            return new Created(created, sent != null && !current.hash().equals(link.get().createHash()));
        } catch (QboFault f) {
            if (noted && !f.retryable() && f.kind() != QboFault.Kind.AUTHORIZATION) {
                // Refused outright: nothing was made, and the same requestid would only replay the refusal.
                creates.forget(pass.tenant, ref);
            }
            throw f;
        } catch (io.ledgerbridge.qbo.client.limit.CompanyMustWait w) {
            if (noted) {
                creates.forget(pass.tenant, ref); // not sent (the throttle), or a 429: nothing was made
            }
            throw w;
        }
    }

    private static boolean pendingCreate(RecordLink link) {
        return link.qboId() == null && link.createRequestId() != null;
    }

    private ObjectNode update(Pass pass, RecordRef ref, Mapped mapped, String qboId, String token) {
        try {
            return qbo.update(pass.tenant, mapped.entity(), sparse(mapped, qboId, token),
                    RequestIds.of(pass.tenant, ref, pass.changeKey(), "update", token));
        } catch (QboFault f) {
            if (f.kind() != QboFault.Kind.STALE) {
                throw f;
            }
            // Someone (or a payment) changed it in QuickBooks: never overwrite what was not compared. A change of a
            // host-owned field becomes the record's conflict; anything else (a payment) is retried on the new token.
            ObjectNode current = qbo.read(pass.tenant, mapped.entity(), qboId);
            Optional<RecordLink> link = links.find(pass.tenant, ref);
            if (link.isPresent() && OwnedFields.tracked(ref.type())
                    && conflicts.compare(link.get(), current, Map.of()) == ConflictDetector.Outcome.CONFLICT) {
                throw PushFailure.conflict(conflicts.open(pass.tenant, ref).map(ConflictDetector::summary)
                        .orElse("Changed in QuickBooks"), ConflictDetector.REMEDY);
            }
            String fresh = current.path("SyncToken").asText();
            return qbo.update(pass.tenant, mapped.entity(), sparse(mapped, qboId, fresh),
                    RequestIds.of(pass.tenant, ref, pass.changeKey(), "update", fresh));
        }
    }

    /**
     * Notes what an update is about to write before it is sent, so QuickBooks' state seen before its answer is stored
     * (a webhook for this very write) reads as ours, not as an edit made in QuickBooks.
     */
    private void sending(Pass pass, RecordRef ref, Mapped mapped) {
        if (OwnedFields.tracked(ref.type())) {
            links.sending(pass.tenant, ref, OwnedFields.toJson(OwnedFields.snapshot(ref.type(), mapped.body())));
        }
    }

    private static ObjectNode sparse(Mapped mapped, String qboId, String token) {
        ObjectNode body = mapped.body().deepCopy();
        body.put("Id", qboId).put("SyncToken", token).put("sparse", true);
        return body;
    }

    void store(Pass pass, RecordRef ref, Mapped mapped, ObjectNode written) {
        String remote = OwnedFields.tracked(ref.type())
                ? OwnedFields.toJson(OwnedFields.snapshot(ref.type(), written)) : null;
        links.pushed(pass.tenant, ref, pass.realmId, written.path("Id").asText(), written.path("SyncToken").asText(),
                mapped.hash(), mapped.body().toString(), remote, clock.instant());
    }

    static String originals(Mapped mapped) {
        return mapped.adjustments().isEmpty() ? null : JSON.valueToTree(mapped.adjustments().originals()).toString();
    }
}
