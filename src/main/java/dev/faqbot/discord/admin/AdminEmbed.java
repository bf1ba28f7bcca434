package dev.faqbot.discord.admin;

import dev.faqbot.discord.render.EmbedRenderer;
import dev.faqbot.discord.render.Fit;
import dev.faqbot.discord.render.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * One embed for a {@code /faq-admin} reply, fitted to Discord's limits as it is built: title, fields, and a
 * description that gets whatever room of the 6,000 characters of a whole embed the rest leaves.
 */
public final class AdminEmbed {

    /** A quiet grey: moderator tools, not an answer. */
    private static final int COLOUR = 0x5C6B73;

    private final String title;
    private final List<MessageEmbed.Field> fields = new ArrayList<>();
    private String description = "";
    private FileUpload image;

    private AdminEmbed(String title) {
        this.title = Fit.text(title.strip(), Limits.EMBED_TITLE);
    }

    static AdminEmbed titled(String title) {
        return new AdminEmbed(title);
    }

    AdminEmbed description(String text) {
        this.description = text.strip();
        return this;
    }

    /** A field; an empty value shows as a dash, since Discord refuses empty fields. */
    AdminEmbed field(String name, String value, boolean inline) {
        String fitted = Fit.text(value.strip(), Limits.FIELD_VALUE);
        fields.add(new MessageEmbed.Field(Fit.text(name, Limits.FIELD_NAME), fitted.isEmpty() ? "-" : fitted, inline));
        return this;
    }

    /** A PNG shown at the bottom of the embed, sent with the message as an attachment named {@code fileName}. */
    AdminEmbed image(String fileName, byte[] png) {
        this.image = FileUpload.fromData(png, fileName);
        return this;
    }

    MessageCreateData build() {
        int others = title.length() + fields.stream().mapToInt(f -> f.getName().length() + f.getValue().length()).sum();
        EmbedBuilder embed = new EmbedBuilder().setColor(COLOUR).setTitle(title)
                .setDescription(Fit.text(description, Math.min(Limits.EMBED_DESCRIPTION, Limits.EMBED_TOTAL - others)));
        fields.forEach(embed::addField);
        MessageCreateBuilder message = EmbedRenderer.message();
        if (image != null) {
            embed.setImage("attachment://" + image.getName());
            message.addFiles(image);
        }
        return message.setEmbeds(embed.build()).build();
    }

    /** Text from people (questions, file contents) shown as it was written, not as markdown. */
    public static String plain(String text) {
        return MarkdownSanitizer.escape(text.strip());
    }

    /** An intent id as code: ids have underscores, which markdown would read as italics. */
    static String id(String intentId) {
        return "`" + intentId.replace("`", "'") + "`";
    }

    static String confidence(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
