package dev.faqbot.discord.admin;

import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.Fit;
import dev.faqbot.discord.render.Limits;
import dev.faqbot.moderation.StaleReport;
import java.util.List;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** {@code /faq-admin stale}: the answers whose review is due soon or overdue, the most overdue first. */
final class StaleReply {

    private StaleReply() {
    }

    static MessageCreateData of(StaleReport report) {
        String title = "Answers due for review (next " + report.withinDays() + " days)";
        if (report.answers().isEmpty()) {
            return AdminEmbed.titled(title).description("No answer is due for review in the next "
                    + report.withinDays() + " days.").build();
        }
        long overdue = report.answers().stream().filter(StaleReport.Due::overdue).count();
        long withdrawn = report.withdrawn().size();
        List<String> lines = report.answers().stream()
                .map(d -> (d.withdrawn() ? "⛔ " : d.overdue() ? "⚠️ " : "• ") + AdminEmbed.plain(d.describe()) + ": "
                        + Fit.text(AdminEmbed.plain(d.title()), 120))
                .toList();
        String intro = report.answers().size() + " answer(s), " + overdue + " overdue, " + withdrawn + " withdrawn."
                + " Check the facts and sources, then update `reviewed` and `next_review`. An answer more than"
                + " `review_overdue_error_days` (content-rules.yml) days overdue is withdrawn: members who ask are told"
                + " it is being re-checked and see only its sources.\n\n";
        return AdminEmbed.titled(title)
                .description(intro + Fit.lines(lines, Limits.EMBED_DESCRIPTION - intro.length(), DiscordWording::more))
                .build();
    }
}
