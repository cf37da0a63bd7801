package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.reporting.MessagePage;
import dev.cascade.ledger.reporting.MessageSearch;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The message list: a page of a search, newest first, by keyset ({@link MessageSearch}). */
final class MessageListing {

    private final EntityManager em;

    MessageListing(EntityManager em) {
        this.em = em;
    }

    /**
     * Each way the text can match (reference id, external id, last digits) is its own indexed query of at
     * most a page and one row past the cursor; the page is the newest of their union. The queries select
     * only id and time, which the indexes hold (an index-only scan, however many numbers end with "42");
     * the page's rows are then read by id.
     */
    MessagePage page(MessageSearch search) {
        List<Match> matches = new ArrayList<>();
        if (search.text().isEmpty()) {
            matches.add(new Match("", Map.of()));
        }
        search.referenceId().ifPresent(id -> matches.add(new Match(" and m.referenceId = :reference", Map.of("reference", id.value()))));
        search.externalId().ifPresent(id -> matches.add(new Match(" and m.externalId = :external", Map.of("external", id))));
        search.phoneDigits().ifPresent(digits -> matches.add(Match.phoneEndingWith(digits)));
        Map<Long, MessageSearch.Cursor> found = new HashMap<>();
        for (Match match : matches) {
            for (Object[] row : positions(search, match)) {
                found.put((Long) row[0], new MessageSearch.Cursor((Instant) row[1], (Long) row[0]));
            }
        }
        List<MessageSearch.Cursor> newestFirst = found.values().stream()
                .sorted(Comparator.comparing(MessageSearch.Cursor::sentAt).thenComparingLong(MessageSearch.Cursor::id).reversed())
                .toList();
        List<MessageSearch.Cursor> page = newestFirst.subList(0, Math.min(search.pageSize(), newestFirst.size()));
        Optional<MessageSearch.Cursor> next = newestFirst.size() > search.pageSize()
                ? Optional.of(page.get(page.size() - 1)) : Optional.empty();
        return new MessagePage(rows(page), next);
    }

    /** Id and send time of the messages of one match, newest first, at most a page and one more. */
    private List<Object[]> positions(MessageSearch search, Match match) {
        StringBuilder jpql = new StringBuilder("select m.id, m.sentAt from MessageEntity m"
                + " where m.sentAt >= :sentFrom and m.sentAt < :sentTo");
        Map<String, Object> parameters = new HashMap<>(match.parameters());
        parameters.put("sentFrom", search.from());
        parameters.put("sentTo", search.to());
        search.outcome().ifPresent(outcome -> {
            jpql.append(" and m.outcome = :outcome");
            parameters.put("outcome", outcome.name());
        });
        search.after().ifPresent(cursor -> {
            // "sent_at <= cursor" bounds the index scan; the rest breaks ties of equal times by id.
            jpql.append(" and m.sentAt <= :cursorAt and (m.sentAt < :cursorAt or m.id < :cursorId)");
            parameters.put("cursorAt", cursor.sentAt());
            parameters.put("cursorId", cursor.id());
        });
        jpql.append(match.condition()).append(" order by m.sentAt desc, m.id desc");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setMaxResults(search.pageSize() + 1);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The rows of a page's messages, in the page's order. */
    private List<MessagePage.Row> rows(List<MessageSearch.Cursor> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, MessagePage.Row> byId = new HashMap<>();
        em.createQuery("select m.id, m.referenceId, m.externalId, m.phoneNumber, m.messageType, m.origin, m.outcome,"
                        + " m.outcomeChannel, m.sentAt, m.deliveredAt from MessageEntity m where m.id in :ids", Object[].class)
                .setParameter("ids", page.stream().map(MessageSearch.Cursor::id).toList())
                .getResultList()
                .forEach(row -> byId.put((Long) row[0], messageRow(row)));
        return page.stream().map(position -> byId.get(position.id())).toList();
    }

    private static MessagePage.Row messageRow(Object[] row) {
        return new MessagePage.Row((String) row[1], Optional.ofNullable((String) row[2]), Optional.ofNullable((String) row[3]),
                Optional.ofNullable((String) row[4]), Origin.valueOf((String) row[5]), Outcome.valueOf((String) row[6]),
                Optional.ofNullable((String) row[7]), (Instant) row[8], Optional.ofNullable((Instant) row[9]));
    }

    /** One way of matching the search text: a JPQL condition on {@code m} and its parameters. */
    record Match(String condition, Map<String, Object> parameters) {

        /**
         * Numbers ending with {@code digits} are those whose reversed form starts with them: a range of the
         * index on {@code phone_reversed} ("4321" to "4322"), then LIKE to be exact whatever the collation.
         */
        static Match phoneEndingWith(String digits) {
            String prefix = new StringBuilder(digits).reverse().toString();
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("phoneFrom", prefix);
            parameters.put("phoneLike", prefix + "%");
            String condition = " and m.phoneReversed >= :phoneFrom and m.phoneReversed like :phoneLike";
            Optional<String> end = prefixEnd(prefix);
            if (end.isPresent()) {
                condition += " and m.phoneReversed < :phoneTo";
                parameters.put("phoneTo", end.get());
            }
            return new Match(condition, Map.copyOf(parameters));
        }

        /** The smallest digit string after every string starting with {@code prefix}; none for "999". */
        static Optional<String> prefixEnd(String prefix) {
            for (int i = prefix.length() - 1; i >= 0; i--) {
                if (prefix.charAt(i) != '9') {
                    return Optional.of(prefix.substring(0, i) + (char) (prefix.charAt(i) + 1));
                }
            }
            return Optional.empty();
        }
    }
}
