package dev.faqbot.config;

import dev.faqbot.classify.ClassifierSettings;
import dev.faqbot.core.Thresholds;
import java.time.Duration;
import java.util.List;

/** Every setting of the bot, checked. Defaults and the reasons for them: {@code reference.yml}. */
public record Settings(ClassifierSettings classifier, Thresholds thresholds, Cache cache, int maxQuestionChars,
                       Discord discord, Learning learning) {

    /** The answer cache. */
    public record Cache(long maximumSize, Duration expireAfterWrite) {
    }

    /** The Discord adapter. The token itself is never a setting. */
    public record Discord(String tokenFile, List<String> autoAnswerChannels, int cooldownSeconds,
                          String moderatorRole, String modLogChannel, int shardsTotal, List<Integer> shardIds) {
        public Discord {
            autoAnswerChannels = List.copyOf(autoAnswerChannels);
            shardIds = List.copyOf(shardIds);
        }
    }

    /** The opt-in log of unanswered questions. */
    public record Learning(boolean enabled, String file, int retentionDays) {
    }
}
