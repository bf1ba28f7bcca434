package dev.faqbot.discord.admin;

import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.Fit;
import dev.faqbot.discord.render.Limits;
import dev.faqbot.moderation.BotStats;
import dev.faqbot.moderation.StatsSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.utils.TimeFormat;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * {@code /faq-admin stats}: what the store counted for the moderators' servers (every process of the bot
 * together), and this process's uptime, cache and live knowledge base.
 */
final class StatsReply {

    private StatsReply() {
    }

    /** The chart's file name, as the embed refers to it ({@code attachment://stats.png}). */
    static final String CHART_FILE = "stats.png";

    static MessageCreateData of(StatsSnapshot stats) {
        return of(stats, Optional.empty());
    }

    /** @param chart the statistics chart as PNG, shown under the numbers; empty when it could not be drawn */
    static MessageCreateData of(StatsSnapshot stats, Optional<byte[]> chart) {
        List<String> outcomes = stats.byOutcome().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).toList();
        String questions = "**" + stats.questions() + "** in all"
                + (outcomes.isEmpty() ? "" : "\n" + String.join(" · ", outcomes));
        String rates = "Fallback rate " + AdminEmbed.percent(stats.fallbackRate()) + stats.live()
                .map(live -> "\nCache hit ratio " + AdminEmbed.percent(live.cacheHitRatio())).orElse("");
        AdminEmbed embed = AdminEmbed.titled(DiscordWording.STATS_TITLE)
                .description(description(stats))
                .field("Questions", questions, false)
                .field("Rates", rates, true);
        stats.live().ifPresent(live -> embed.field("Knowledge base", AdminEmbed.id(live.kbVersion()) + "\nloaded "
                + when(live.kbLoadedAt()), true));
        embed.field("Last " + BotStats.RECENT_DAYS + " days", perDay(stats.byDay()), false)
                .field("Servers", perServer(stats.byServer()), false)
                .field("Answers per intent", perIntent(stats.byIntent()), false)
                .field("Feedback", feedback(stats.feedback()), false)
                .field(DiscordWording.POSTS, posts(stats), false);
        chart.ifPresent(png -> embed.image(CHART_FILE, png));
        return embed.build();
    }

    /** Since when the store counts (every process that shares it), and how long this process has been up. */
    private static String description(StatsSnapshot stats) {
        String counted = stats.since().map(d -> "Counted since " + d + " (UTC days), by every process of the bot,"
                + " in the servers listed in discord.admin_guilds.").orElse("Nothing counted yet.");
        return counted + stats.live().map(live -> " This process is up " + uptime(live.uptime()) + ", since "
                + when(live.started()) + ".").orElse("");
    }

    private static String perDay(Map<LocalDate, Long> byDay) {
        List<String> days = byDay.entrySet().stream().sorted(Map.Entry.<LocalDate, Long>comparingByKey().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).toList();
        return days.isEmpty() ? "none" : Fit.lines(days, Limits.FIELD_VALUE, DiscordWording::more);
    }

    private static String perServer(Map<String, Long> byServer) {
        List<String> servers = byServer.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> AdminEmbed.id(e.getKey()) + " " + e.getValue()).toList();
        return servers.isEmpty() ? "none" : Fit.lines(servers, Limits.FIELD_VALUE, DiscordWording::more);
    }

    /** A time every moderator's Discord shows in their own time zone, and how long ago it was. */
    private static String when(Instant time) {
        return TimeFormat.DATE_TIME_SHORT.format(time) + " (" + TimeFormat.RELATIVE.format(time) + ")";
    }

    static String uptime(Duration uptime) {
        long minutes = uptime.toMinutes();
        if (minutes < 1) {
            return uptime.toSeconds() + " s";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        long days = uptime.toDays();
        String hours = uptime.toHoursPart() + " h " + uptime.toMinutesPart() + " min";
        return days == 0 ? hours : days + " d " + hours;
    }

    private static String perIntent(Map<String, Long> byIntent) {
        List<String> lines = byIntent.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> AdminEmbed.id(e.getKey()) + " " + e.getValue()).toList();
        return lines.isEmpty() ? "none yet" : Fit.lines(lines, Limits.FIELD_VALUE, DiscordWording::more);
    }

    /** Answers moderators posted with {@code /faq post}: not questions, so not in the totals above. */
    private static String posts(StatsSnapshot stats) {
        if (stats.posts().isEmpty()) {
            return "none yet";
        }
        List<String> lines = new ArrayList<>();
        lines.add("**" + stats.postCount() + "** in all");
        stats.posts().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> lines.add(AdminEmbed.id(e.getKey()) + " " + e.getValue()));
        return Fit.lines(lines, Limits.FIELD_VALUE, DiscordWording::more);
    }

    private static String feedback(Map<String, StatsSnapshot.Votes> feedback) {
        long helpful = feedback.values().stream().mapToLong(StatsSnapshot.Votes::helpful).sum();
        long notHelpful = feedback.values().stream().mapToLong(StatsSnapshot.Votes::notHelpful).sum();
        List<String> lines = new ArrayList<>();
        lines.add("👍 " + helpful + " · 👎 " + notHelpful + " in all");
        // The answers with the most "not helpful" first: those are the ones to look at.
        feedback.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, StatsSnapshot.Votes> e) -> e.getValue().notHelpful())
                        .reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> lines.add(AdminEmbed.id(e.getKey()) + " 👍 " + e.getValue().helpful() + " · 👎 "
                        + e.getValue().notHelpful()));
        return Fit.lines(lines, Limits.FIELD_VALUE, DiscordWording::more);
    }
}
