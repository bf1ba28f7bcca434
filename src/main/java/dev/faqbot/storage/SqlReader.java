package dev.faqbot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the store reads back: the statistics of some servers, and the learning log. Plain portable SQL. */
final class SqlReader {

    private final Database database;

    SqlReader(Database database) {
        this.database = database;
    }

    Tally tally(ServerScope scope, LocalDate recentFrom) throws SQLException {
        Map<String, Long> byOutcome = new HashMap<>();
        Map<String, Long> byIntent = new HashMap<>();
        Map<LocalDate, Long> byDay = new HashMap<>();
        Map<String, Long> byServer = new HashMap<>();
        Map<String, Tally.Votes> votes = new HashMap<>();
        Map<String, Long> posts = new HashMap<>();
        Optional<LocalDate> since = Optional.empty();
        if (scope.isEmpty()) {
            return new Tally(since, byOutcome, byIntent, byDay, byServer, votes, posts);
        }
        String where = where(scope);
        try (Connection c = database.connect()) {
            query(c, "SELECT outcome, SUM(questions) FROM question_counts" + where + " GROUP BY outcome", scope,
                    List.of(), rs -> byOutcome.put(rs.getString(1), rs.getLong(2)));
            query(c, "SELECT intent, SUM(questions) FROM question_counts" + where + and(where)
                    + "intent <> '' GROUP BY intent", scope, List.of(), rs -> byIntent.put(rs.getString(1), rs.getLong(2)));
            query(c, "SELECT day, SUM(questions) FROM question_counts" + where + and(where) + "day >= ? GROUP BY day",
                    scope, List.of(recentFrom.toString()), rs -> byDay.put(LocalDate.parse(rs.getString(1)), rs.getLong(2)));
            query(c, "SELECT server, SUM(questions) FROM question_counts" + where + " GROUP BY server", scope,
                    List.of(), rs -> byServer.put(rs.getString(1), rs.getLong(2)));
            query(c, "SELECT intent, SUM(helpful), SUM(not_helpful) FROM vote_counts" + where + " GROUP BY intent",
                    scope, List.of(), rs -> votes.put(rs.getString(1), new Tally.Votes(rs.getLong(2), rs.getLong(3))));
            query(c, "SELECT intent, SUM(posts) FROM post_counts" + where + " GROUP BY intent", scope, List.of(),
                    rs -> posts.put(rs.getString(1), rs.getLong(2)));
            List<String> first = new ArrayList<>();
            query(c, "SELECT MIN(day) FROM question_counts" + where, scope, List.of(), rs -> first.add(rs.getString(1)));
            since = first.stream().filter(d -> d != null).findFirst().map(LocalDate::parse);
        }
        return new Tally(since, byOutcome, byIntent, byDay, byServer, votes, posts);
    }

    /** Questions per day and outcome, answers per intent and votes per intent, from {@code from} on. */
    Recent recent(ServerScope scope, LocalDate from) throws SQLException {
        List<Recent.Count> counts = new ArrayList<>();
        Map<String, Tally.Votes> votes = new HashMap<>();
        if (scope.isEmpty()) {
            return new Recent(from, counts, votes);
        }
        String where = where(scope) + and(where(scope)) + "day >= ?";
        try (Connection c = database.connect()) {
            query(c, "SELECT day, outcome, intent, SUM(questions) FROM question_counts" + where
                    + " GROUP BY day, outcome, intent", scope, List.of(from.toString()), rs -> counts.add(
                    new Recent.Count(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getLong(4))));
            query(c, "SELECT intent, SUM(helpful), SUM(not_helpful) FROM vote_counts" + where + " GROUP BY intent",
                    scope, List.of(from.toString()),
                    rs -> votes.put(rs.getString(1), new Tally.Votes(rs.getLong(2), rs.getLong(3))));
        }
        return new Recent(from, counts, votes);
    }

    /** Learning-log entries from {@code from} on, in the servers of {@code scope}, oldest first. */
    List<StoredQuestion> questions(Instant from, ServerScope scope) throws SQLException {
        List<StoredQuestion> found = new ArrayList<>();
        if (scope.isEmpty()) {
            return found;
        }
        String where = where(scope);
        try (Connection c = database.connect()) {
            query(c, "SELECT asked_hour, server, question, outcome, guesses FROM learning_entries" + where + and(where)
                    + "asked_hour >= ? ORDER BY id", scope, List.of(from.getEpochSecond()), rs -> found.add(
                    new StoredQuestion(Instant.ofEpochSecond(rs.getLong(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5))));
        }
        return found;
    }

    /** Deletes entries from before {@code before} and all but the newest {@code keepAtMost}; returns how many. */
    int forget(Instant before, int keepAtMost) throws SQLException {
        try (Connection c = database.connect()) {
            int deleted;
            try (PreparedStatement old = c.prepareStatement("DELETE FROM learning_entries WHERE asked_hour < ?")) {
                old.setLong(1, before.getEpochSecond());
                deleted = old.executeUpdate();
            }
            Long oldestKept = null;
            try (PreparedStatement edge = c.prepareStatement(
                    "SELECT id FROM learning_entries ORDER BY id DESC LIMIT 1 OFFSET ?")) {
                edge.setInt(1, keepAtMost - 1);
                try (ResultSet rs = edge.executeQuery()) {
                    if (rs.next()) {
                        oldestKept = rs.getLong(1);
                    }
                }
            }
            if (oldestKept != null) {
                try (PreparedStatement over = c.prepareStatement("DELETE FROM learning_entries WHERE id < ?")) {
                    over.setLong(1, oldestKept);
                    deleted += over.executeUpdate();
                }
            }
            return deleted;
        }
    }

    private static String where(ServerScope scope) {
        if (scope.all()) {
            return "";
        }
        return " WHERE server IN (" + String.join(", ", scope.servers().stream().map(s -> "?").toList()) + ")";
    }

    private static String and(String where) {
        return where.isEmpty() ? " WHERE " : " AND ";
    }

    @FunctionalInterface
    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, ServerScope scope, List<Object> more, Row row)
            throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            int i = 1;
            if (!scope.all()) {
                for (String server : scope.servers()) {
                    statement.setString(i++, server);
                }
            }
            for (Object value : more) {
                statement.setObject(i++, value);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }
}
