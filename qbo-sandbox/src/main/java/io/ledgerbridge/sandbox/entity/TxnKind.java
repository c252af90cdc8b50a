package io.ledgerbridge.sandbox.entity;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A transaction type: never a name list, voidable unless said otherwise, with the common transaction properties. */
abstract class TxnKind implements EntityKind {
    private final String name;
    private final Set<String> props;

    TxnKind(String name, Collection<String> extra) {
        this.name = name;
        Set<String> p = new HashSet<>(TxnRules.COMMON);
        p.addAll(extra);
        this.props = Set.copyOf(p);
    }

    TxnKind(String name, String... extra) {
        this(name, List.of(extra));
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final boolean nameList() {
        return false;
    }

    @Override
    public final boolean transaction() {
        return true;
    }

    @Override
    public boolean voidable() {
        return true;
    }

    @Override
    public final Set<String> properties() {
        return props;
    }
}
