package dev.faqbot.discord.admin;

import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.EmbedRenderer;
import dev.faqbot.discord.render.Fit;
import dev.faqbot.discord.render.Limits;
import dev.faqbot.moderation.ReloadReport;
import dev.faqbot.moderation.ReloadResult;
import dev.faqbot.moderation.Withdrawals;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * A reload result as Discord messages, for the moderator log channel and {@code /faq-admin reload}: what
 * happened on the first line, then each problem as {@code file:line: message} in code blocks (so file names
 * and YAML are shown as written), split over several messages of at most 2,000 characters; what does not fit
 * in {@code maxMessages} is counted on the last line.
 */
final class ReloadMessages {

    private static final String FENCE = "```";
    /** What every code block costs besides its lines: the two fences and their line breaks. */
    private static final int BLOCK = 2 * FENCE.length() + 2;
    /** Kept free in every message for the "…and N more" line. */
    private static final int MORE_ROOM = 100;
    private static final int HEADLINE = 1_000;
    private static final int LINE = 500;

    private ReloadMessages() {
    }

    static List<MessageCreateData> of(ReloadResult result, int maxMessages) {
        if (maxMessages < 1) {
            throw new IllegalArgumentException("at least one message: " + maxMessages);
        }
        List<String> lines = ReloadReport.lines(result);
        String head = icon(result) + " " + Fit.text(AdminEmbed.plain(lines.get(0)), HEADLINE);
        List<List<String>> blocks = blocks(lines.subList(1, lines.size()), Limits.CONTENT - head.length() - 1);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < Math.min(blocks.size(), maxMessages); i++) {
            texts.add((i == 0 ? head + "\n" : "") + FENCE + "\n" + String.join("\n", blocks.get(i)) + "\n" + FENCE);
        }
        if (texts.isEmpty()) {
            texts.add(head);
        }
        int shown = blocks.stream().limit(maxMessages).mapToInt(List::size).sum();
        int left = lines.size() - 1 - shown;
        if (left > 0) {
            int last = texts.size() - 1;
            texts.set(last, texts.get(last) + "\n" + DiscordWording.more(left) + " (`faqbot validate` lists them all)");
        }
        return texts.stream().map(t -> EmbedRenderer.message().setContent(t).build()).toList();
    }

    /** Answers withdrawn for review, for the moderator log channel: what happened, then each answer. */
    static MessageCreateData withdrawn(Withdrawals withdrawals) {
        List<String> lines = withdrawals.lines();
        String head = "⛔ " + Fit.text(AdminEmbed.plain(lines.get(0)), HEADLINE);
        List<String> answers = lines.subList(1, lines.size()).stream().map(l -> "• " + AdminEmbed.plain(l)).toList();
        return EmbedRenderer.message().setContent(head + "\n" + Fit.lines(answers, Limits.CONTENT - head.length() - 1,
                DiscordWording::more)).build();
    }

    /** One message for an interaction reply. */
    static MessageCreateData reply(ReloadResult result) {
        return of(result, 1).get(0);
    }

    /** The problem lines in groups that each fit one code block; the first group has {@code firstRoom}. */
    private static List<List<String>> blocks(List<String> problems, int firstRoom) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        int room = firstRoom - BLOCK - MORE_ROOM;
        int used = 0;
        for (String problem : problems) {
            // A file's text could hold a fence of its own, which would end the block early.
            String line = Fit.text(problem.replace(FENCE, "'''"), LINE);
            if (!block.isEmpty() && used + 1 + line.length() > room) {
                blocks.add(block);
                block = new ArrayList<>();
                room = Limits.CONTENT - BLOCK - MORE_ROOM;
                used = 0;
            }
            used += (block.isEmpty() ? 0 : 1) + line.length();
            block.add(line);
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    private static String icon(ReloadResult result) {
        if (result instanceof ReloadResult.Loaded) {
            return "✅";
        }
        return result instanceof ReloadResult.Refused || result instanceof ReloadResult.Failed ? "⛔" : "ℹ️";
    }
}
