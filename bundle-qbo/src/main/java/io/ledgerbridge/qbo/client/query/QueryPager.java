package io.ledgerbridge.qbo.client.query;

import io.ledgerbridge.qbo.client.model.QboEntity;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Pages through a query lazily: STARTPOSITION 1, 1 + size, … with MAXRESULTS size, fetching a page only when the
 * previous one is used up. It stops at an empty page (QuickBooks answers past the end with an empty
 * {@code QueryResponse}) or at a short one, which is necessarily the last. Sort the query by {@code Id} so pages
 * stay stable while records change. Each iteration starts again from the first page.
 *
 * @param <T> the entity queried
 * @param <R> what a page holds (the entity, or raw JSON)
 */
public final class QueryPager<T extends QboEntity, R> implements Iterable<R> {
    /** The largest page QuickBooks serves. */
    public static final int MAX_PAGE = 1000;

    private final QboQuery<T> query;
    private final int pageSize;
    private final Function<QboQuery<T>, QueryResult<R>> fetch;

    /**
     * @param query the query without STARTPOSITION/MAXRESULTS
     * @param pageSize rows per page, at most 1000
     * @param fetch runs one page's query
     */
    public QueryPager(QboQuery<T> query, int pageSize, Function<QboQuery<T>, QueryResult<R>> fetch) {
        this.query = Objects.requireNonNull(query, "query");
        this.pageSize = pageSize;
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        query.maxResults(pageSize);
    }

    /** The pages, each fetched when asked for. */
    public Iterator<List<R>> pages() {
        return new Iterator<>() {
            private int next = 1;
            private List<R> page;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (page == null && !done) {
                    List<R> items = fetch.apply(query.startPosition(next).maxResults(pageSize)).items();
                    if (items.isEmpty()) {
                        done = true;
                    } else {
                        page = items;
                        next += pageSize;
                        done = items.size() < pageSize;
                    }
                }
                return page != null;
            }

            @Override
            public List<R> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<R> current = page;
                page = null;
                return current;
            }
        };
    }

    @Override
    public Iterator<R> iterator() {
        Iterator<List<R>> pages = pages();
        return new Iterator<>() {
            private Iterator<R> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && pages.hasNext()) {
                    current = pages.next().iterator();
                }
                return current.hasNext();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
