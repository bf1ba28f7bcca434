package dev.faqbot.config;

import dev.faqbot.classify.ClassifierSettings;
import dev.faqbot.core.Thresholds;
import dev.faqbot.kb.Region;
import dev.faqbot.safety.DetectorSettings;
import java.time.Duration;
import java.util.List;

/**
 * Every setting of the bot, checked. Defaults and the reasons for them: {@code reference.yml}.
 *
 * @param region whose emergency and crisis numbers the emergency replies show first
 */
public record Settings(ClassifierSettings classifier, DetectorSettings safety, Thresholds thresholds, Cache cache,
                       int maxQuestionChars, Discord discord, Learning learning, Region region) {

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

    /** The Discord adapter. The token itself is never a setting. */
    public record Discord(String tokenFile, List<String> autoAnswerChannels, int cooldownSeconds,
                          String moderatorRole, String modLogChannel, int shardsTotal, List<Integer> shardIds) {
        public Discord {
            autoAnswerChannels = List.copyOf(autoAnswerChannels);
            shardIds = List.copyOf(shardIds);
        }
    }

    /**
     * The opt-in log of unanswered questions.
     *
     * @param lowConfidence answers given with less confidence than this are logged too
     * @param maxFileKb     the log never grows past this; the oldest entries go first
     */
    public record Learning(boolean enabled, String file, int retentionDays, double lowConfidence, int maxFileKb) {

        public static final double DEFAULT_LOW_CONFIDENCE = 0.65;
        public static final int DEFAULT_MAX_FILE_KB = 2_048;

        /** With the default confidence and size limits. */
        public Learning(boolean enabled, String file, int retentionDays) {
            this(enabled, file, retentionDays, DEFAULT_LOW_CONFIDENCE, DEFAULT_MAX_FILE_KB);
        }
    }
}
