package dev.faqbot.discord.admin;

import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.Fit;
import dev.faqbot.discord.render.Limits;
import dev.faqbot.moderation.QuestionGroup;
import dev.faqbot.moderation.UnansweredReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.utils.TimeFormat;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * {@code /faq-admin unanswered}: the declined, unsure and "not helpful" questions of the learning log, grouped,
 * the most frequent and the most recent, each with the intent it most resembles.
 */
final class UnansweredReply {

    static final int GROUPS = 5;
    /** "Most frequent" means asked more than once; single questions show under "most recent". */
    static final int FREQUENT = 2;
    private static final int WORDING_SHOWN = 150;
    /** Each of the two lists gets half of the description. */
    private static final int SECTION = Limits.EMBED_DESCRIPTION / 2 - 50;

    private UnansweredReply() {
    }

    static MessageCreateData of(Optional<UnansweredReport> report) {
        AdminEmbed embed = AdminEmbed.titled(DiscordWording.UNANSWERED_TITLE);
        if (report.isEmpty()) {
            return embed.description(DiscordWording.LEARNING_OFF).build();
        }
        List<QuestionGroup> frequent = report.get().mostFrequent(GROUPS, FREQUENT);
        List<QuestionGroup> recent = report.get().mostRecent(GROUPS);
        if (recent.isEmpty()) {
            return embed.description(DiscordWording.NOTHING_LOGGED).build();
        }
        String text = "**Most frequent** (asked at least " + FREQUENT + " times)\n" + section(frequent)
                + "\n\n**Most recent**\n" + section(recent);
        return embed.description(text).build();
    }

    private static String section(List<QuestionGroup> groups) {
        if (groups.isEmpty()) {
            return "none yet";
        }
        return Fit.lines(groups.stream().map(UnansweredReply::group).toList(), SECTION, DiscordWording::more);
    }

    /** "**3×**, last 2 hours ago · closest `cost` (0.42) · fallback 2, clarify 1", then the wordings quoted. */
    private static String group(QuestionGroup group) {
        String closest = group.resembles().map(r -> " · closest " + AdminEmbed.id(r.intent()) + " ("
                + AdminEmbed.confidence(r.confidence()) + ")").orElse("");
        String outcomes = group.outcomes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().replace('_', ' ') + " " + e.getValue()).collect(Collectors.joining(", "));
        String wordings = group.examples().stream()
                .map(w -> "> " + Fit.text(AdminEmbed.plain(w), WORDING_SHOWN)).collect(Collectors.joining("\n"));
        return "**" + group.count() + "×**, last " + TimeFormat.RELATIVE.format(group.lastSeen()) + closest + " · "
                + outcomes + "\n" + wordings;
    }
}
