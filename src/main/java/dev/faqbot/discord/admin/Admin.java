package dev.faqbot.discord.admin;

import dev.faqbot.core.Explanation;
import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Origin;
import dev.faqbot.moderation.ChartData;
import dev.faqbot.moderation.Moderation;
import dev.faqbot.moderation.ReloadListener;
import dev.faqbot.moderation.ReloadResult;
import dev.faqbot.moderation.ReviewListener;
import dev.faqbot.moderation.StaleReport;
import dev.faqbot.moderation.StatsSnapshot;
import dev.faqbot.moderation.UnansweredReport;
import dev.faqbot.storage.ServerScope;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** What {@code /faq-admin} and the moderator log channel need from moderation; tests put a fake in its place. */
public interface Admin {

    /** How far ahead {@code /faq-admin stale} looks: a month leaves time to check the sources. */
    int STALE_WITHIN_DAYS = 30;

    /** Reloads the knowledge base in the background; {@code trigger} names who asked, for the audit log. */
    CompletableFuture<ReloadResult> reload(String trigger);

    /** Tells {@code listener} of every reload from now on, whoever triggered it. */
    void onReload(ReloadListener listener);

    /** Tells {@code listener} when answers are withdrawn for review, and at once of those withdrawn now. */
    void onWithdrawn(ReviewListener listener);

    /** What the bot would reply to {@code question}, without counting it as asked. */
    Explanation explain(String question);

    /** The statistics of the moderators' servers, with this process's uptime, cache and knowledge base. */
    StatsSnapshot stats();

    /** The numbers behind the statistics chart: the moderators' servers, the last 30 days by the bot's clock. */
    ChartData chart();

    /** Counts the answer to {@code intentId} a moderator posted with {@code /faq post} at {@code origin}. */
    void posted(String intentId, Origin origin);

    /** The grouped learning log of the moderators' servers; empty when the learning loop is off. */
    Optional<UnansweredReport> unanswered();

    /** The answers due for review within {@link #STALE_WITHIN_DAYS} days, or overdue. */
    StaleReport stale();

    /** @param scope the servers whose statistics and questions the moderators see ({@code discord.admin_guilds}) */
    static Admin of(FaqBot bot, Moderation moderation, ServerScope scope) {
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(moderation, "moderation");
        Objects.requireNonNull(scope, "scope");
        return new Admin() {
            @Override
            public CompletableFuture<ReloadResult> reload(String trigger) {
                return moderation.reloader().reload(trigger);
            }

            @Override
            public void onReload(ReloadListener listener) {
                moderation.reloader().addListener(listener);
            }

            @Override
            public void onWithdrawn(ReviewListener listener) {
                moderation.reviews().addListener(listener);
            }

            @Override
            public Explanation explain(String question) {
                return bot.explain(question);
            }

            @Override
            public StatsSnapshot stats() {
                return moderation.stats().snapshot(scope);
            }

            @Override
            public ChartData chart() {
                return moderation.stats().chart(scope);
            }

            @Override
            public void posted(String intentId, Origin origin) {
                moderation.stats().recordPost(intentId, origin);
            }

            @Override
            public Optional<UnansweredReport> unanswered() {
                return moderation.learning().map(log -> moderation.unanswered(scope));
            }

            @Override
            public StaleReport stale() {
                return moderation.stale(STALE_WITHIN_DAYS);
            }
        };
    }
}
