package dev.faqbot.discord.render;

import dev.faqbot.core.Outcome;
import dev.faqbot.kb.Response;
import dev.faqbot.kb.Source;
import dev.faqbot.render.Wording;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/** A vetted answer as an embed: title, answer, sources as links, reviewed date, disclaimer in the footer. */
final class AnswerEmbed {

    /** A calm blue: an answer is information, not an alarm. */
    private static final int COLOUR = 0x2F6FB3;
    /** A muted amber: something is held back, nothing is wrong with the reader. */
    private static final int WITHDRAWN_COLOUR = 0xB8860B;
    private static final int SOURCE_TITLE = 200;

    private AnswerEmbed() {
    }

    static MessageEmbed of(Outcome.Answered answered) {
        Response response = answered.response();
        String title = Fit.text(response.title().strip(), Limits.EMBED_TITLE);
        String footer = Fit.text(answered.disclaimer().strip(), Limits.FOOTER);
        List<MessageEmbed.Field> fields = new ArrayList<>();
        if (!response.sources().isEmpty()) {
            List<String> links = response.sources().stream().map(AnswerEmbed::link).toList();
            fields.add(new MessageEmbed.Field(DiscordWording.SOURCES,
                    Fit.lines(links, Limits.FIELD_VALUE, DiscordWording::more), false));
        }
        if (response.medical()) {
            fields.add(new MessageEmbed.Field(DiscordWording.REVIEWED, response.reviewed().toString(), true));
        }
        // The answer gets whatever room the other parts leave of the 6,000 characters of a whole embed.
        int others = title.length() + footer.length()
                + fields.stream().mapToInt(f -> f.getName().length() + f.getValue().length()).sum();
        String description = Fit.text(response.answer().strip(),
                Math.min(Limits.EMBED_DESCRIPTION, Limits.EMBED_TOTAL - others));
        EmbedBuilder embed = new EmbedBuilder().setColor(COLOUR).setTitle(title).setDescription(description);
        fields.forEach(embed::addField);
        if (!footer.isEmpty()) {
            embed.setFooter(footer);
        }
        return embed.build();
    }

    /** An answer withdrawn for review: its title, the notice, its sources; never its text. */
    static MessageEmbed withdrawn(Outcome.Withdrawn withdrawn) {
        Response response = withdrawn.response();
        EmbedBuilder embed = new EmbedBuilder().setColor(WITHDRAWN_COLOUR)
                .setTitle(Fit.text(response.title().strip(), Limits.EMBED_TITLE))
                .setDescription(Wording.WITHDRAWN_TEXT);
        if (!response.sources().isEmpty()) {
            List<String> links = response.sources().stream().map(AnswerEmbed::link).toList();
            embed.addField(DiscordWording.SOURCES, Fit.lines(links, Limits.FIELD_VALUE, DiscordWording::more), false);
        }
        return embed.build();
    }

    /** A source as a markdown link whose text cannot close the link early and whose URL cannot end it. */
    static String link(Source source) {
        String text = Fit.text(source.title().strip(), SOURCE_TITLE).replace("[", "(").replace("]", ")");
        String url = source.url().strip().replace("(", "%28").replace(")", "%29").replace(" ", "%20");
        return "• [" + text + "](" + url + ")";
    }
}
