package io.ledgerbridge.qbo.client.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.qbo.client.model.Customer;
import io.ledgerbridge.qbo.client.model.EntityType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QueryPagerTest {
    private final List<String> statements = new ArrayList<>();

    /** A fake QuickBooks holding {@code total} customers with Ids 1..total. */
    private QueryPager<Customer, String> pager(int total, int pageSize) {
        return new QueryPager<>(QboQuery.from(EntityType.CUSTOMER).orderBy("Id"), pageSize, query -> {
            statements.add(query.statement());
            int start = Integer.parseInt(query.statement().replaceAll(".*STARTPOSITION (\\d+).*", "$1"));
            int max = Integer.parseInt(query.statement().replaceAll(".*MAXRESULTS (\\d+).*", "$1"));
            List<String> page = IntStream.rangeClosed(start, Math.min(total, start + max - 1))
                    .mapToObj(String::valueOf).toList();
            return new QueryResult<>(page, start, null);
        });
    }

    @Test
    void pagesThroughEverythingAThousandAtATimeUntilAnEmptyPage() {
        List<String> all = new ArrayList<>();
        pager(2000, 1000).forEach(all::add);

        assertThat(all).hasSize(2000).startsWith("1", "2").endsWith("2000");
        assertThat(statements).containsExactly(
                "SELECT * FROM Customer ORDERBY Id STARTPOSITION 1 MAXRESULTS 1000",
                "SELECT * FROM Customer ORDERBY Id STARTPOSITION 1001 MAXRESULTS 1000",
                "SELECT * FROM Customer ORDERBY Id STARTPOSITION 2001 MAXRESULTS 1000");
    }

    @Test
    void aShortPageIsTheLast() {
        List<String> all = new ArrayList<>();
        pager(1500, 1000).forEach(all::add);

        assertThat(all).hasSize(1500);
        assertThat(statements).hasSize(2);
    }

    @Test
    void fetchesLazily() {
        Iterator<String> it = pager(2500, 1000).iterator();

        assertThat(statements).isEmpty();
        it.next();
        assertThat(statements).hasSize(1);
        for (int i = 1; i < 1000; i++) {
            it.next();
        }
        assertThat(statements).hasSize(1);
        assertThat(it.next()).isEqualTo("1001");
        assertThat(statements).hasSize(2);
    }

    @Test
    void anEmptyResultNeedsOneCall() {
        assertThat(pager(0, 1000).iterator().hasNext()).isFalse();
        assertThat(statements).hasSize(1);
    }

    @Test
    void pagesCanBeReadWhole() {
        Iterator<List<String>> pages = pager(25, 10).pages();
        List<Integer> sizes = new ArrayList<>();
        pages.forEachRemaining(p -> sizes.add(p.size()));

        assertThat(sizes).containsExactly(10, 10, 5);
    }
}
