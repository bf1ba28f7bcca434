package dev.faqbot.config;

import dev.faqbot.classify.ClassifierSettings;
import dev.faqbot.core.Thresholds;
import dev.faqbot.kb.Region;
import dev.faqbot.safety.DetectorSettings;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Every setting of the bot, checked. Defaults and the reasons for them: {@code reference.yml}.
 *
 * @param region whose emergency and crisis numbers the emergency replies show first
 */
public record Settings(ClassifierSettings classifier, DetectorSettings safety, Thresholds thresholds, Cache cache,
                       int maxQuestionChars, Discord discord, Learning learning, Region region, Storage storage) {

    /** With the default store: a SQLite file beside the bot ({@link Storage#DEFAULT_URL}). */
    public Settings(ClassifierSettings classifier, DetectorSettings safety, Thresholds thresholds, Cache cache,
                    int maxQuestionChars, Discord discord, Learning learning, Region region) {
        this(classifier, safety, thresholds, cache, maxQuestionChars, discord, learning, region, Storage.DEFAULT);
    }

    /** The same settings with another store. */
    public Settings withStorage(Storage other) {
        return new Settings(classifier, safety, thresholds, cache, maxQuestionChars, discord, learning, region, other);
    }

    /**
     * The answer cache, and the folder where sentence vectors and trained models are kept between runs.
     *
     * @param folder empty: keep nothing on disk (every start embeds and trains from scratch)
     */
    public record Cache(long maximumSize, Duration expireAfterWrite, String folder) {

        public static final String DEFAULT_FOLDER = "data/cache";

        /** With the default cache folder. */
        public Cache(long maximumSize, Duration expireAfterWrite) {
            this(maximumSize, expireAfterWrite, DEFAULT_FOLDER);
        }
    }

    /**
     * The Discord adapter. The token itself is never a setting.
     *
     * @param moderatorRole        the id of the role whose members may use {@code /faq-admin}; empty: Manage Server only
     * @param adminGuilds          the ids of the servers where {@code /faq-admin} is registered and allowed; empty: none
     * @param repliesPerSecond     the most messages the bot sends per second, all shards of this process together
     * @param maxWaitingEvents     messages and interactions waiting for a thread; more are dropped (and logged)
     * @param forumChannels        ids of the forum channels whose new posts the bot answers when it is confident
     */
    public record Discord(String tokenFile, List<String> autoAnswerChannels, int cooldownSeconds,
                          String moderatorRole, String modLogChannel, int shardsTotal, List<Integer> shardIds,
                          List<String> adminGuilds, int repliesPerSecond, int maxWaitingEvents,
                          List<String> forumChannels) {

        public static final int DEFAULT_REPLIES_PER_SECOND = 20;
        public static final int DEFAULT_MAX_WAITING_EVENTS = 1_000;

        public Discord {
            autoAnswerChannels = List.copyOf(autoAnswerChannels);
            shardIds = List.copyOf(shardIds);
            adminGuilds = List.copyOf(adminGuilds);
            forumChannels = List.copyOf(forumChannels);
            if (repliesPerSecond < 1 || maxWaitingEvents < 1) {
                throw new IllegalArgumentException("the reply rate and the event queue must be at least 1");
            }
        }

        /** With no moderator server and the default limits. */
        public Discord(String tokenFile, List<String> autoAnswerChannels, int cooldownSeconds, String moderatorRole,
                       String modLogChannel, int shardsTotal, List<Integer> shardIds) {
            this(tokenFile, autoAnswerChannels, cooldownSeconds, moderatorRole, modLogChannel, shardsTotal, shardIds,
                    List.of(), DEFAULT_REPLIES_PER_SECOND, DEFAULT_MAX_WAITING_EVENTS, List.of());
        }

        /** The same settings with {@code guilds} as the moderators' servers. */
        public Discord withAdminGuilds(List<String> guilds) {
            return new Discord(tokenFile, autoAnswerChannels, cooldownSeconds, moderatorRole, modLogChannel,
                    shardsTotal, shardIds, guilds, repliesPerSecond, maxWaitingEvents, forumChannels);
        }

        /** The same settings with {@code channels} as the forum channels whose new posts are answered. */
        public Discord withForumChannels(List<String> channels) {
            return new Discord(tokenFile, autoAnswerChannels, cooldownSeconds, moderatorRole, modLogChannel,
                    shardsTotal, shardIds, adminGuilds, repliesPerSecond, maxWaitingEvents, channels);
        }

        /** True when the bot must read messages not addressed to it: the privileged Message Content intent. */
        public boolean readsUnaddressedMessages() {
            return !autoAnswerChannels.isEmpty() || !forumChannels.isEmpty();
        }
    }

    /**
     * Where statistics, votes and the learning log are kept.
     *
     * @param url        a JDBC URL: {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST/DB}; empty: {@link #DEFAULT_URL}
     * @param user       the database user (PostgreSQL); the {@code FAQBOT_DB_USER} environment variable wins
     * @param password   the database password; the {@code FAQBOT_DB_PASSWORD} environment variable wins. Never
     *                   printed: {@link #toString()} hides it
     * @param queueSize  writes waiting for the writer thread; more are dropped (and logged), never waited for
     * @param batchSize  the most writes the writer puts in one transaction
     */
    public record Storage(String url, String user, String password, int queueSize, int batchSize) {

        public static final String DEFAULT_URL = "jdbc:sqlite:data/faqbot.db";
        public static final Storage DEFAULT = new Storage("", "", "", 10_000, 500);

        public Storage {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            if (queueSize < 1 || batchSize < 1) {
                throw new IllegalArgumentException("the storage queue and batch sizes must be at least 1");
            }
        }

        /** A store at {@code url} with the default queue. */
        public static Storage at(String url) {
            return new Storage(url, "", "", DEFAULT.queueSize(), DEFAULT.batchSize());
        }

        /** The URL to connect to: {@link #DEFAULT_URL} when none is set. */
        public String effectiveUrl() {
            return url.isBlank() ? DEFAULT_URL : url;
        }

        @Override
        public String toString() {
            return "Storage[url=" + url + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***")
                    + ", queueSize=" + queueSize + ", batchSize=" + batchSize + "]";
        }
    }

    /**
     * The opt-in log of unanswered questions, kept in the store.
     *
     * @param lowConfidence answers given with less confidence than this are logged too
     * @param maxEntries    the log never holds more entries than this; the oldest go first
     */
    public record Learning(boolean enabled, int retentionDays, double lowConfidence, int maxEntries) {

        public static final double DEFAULT_LOW_CONFIDENCE = 0.65;
        public static final int DEFAULT_MAX_ENTRIES = 20_000;

        /** With the default confidence and size limits. */
        public Learning(boolean enabled, int retentionDays) {
            this(enabled, retentionDays, DEFAULT_LOW_CONFIDENCE, DEFAULT_MAX_ENTRIES);
        }
    }
}
