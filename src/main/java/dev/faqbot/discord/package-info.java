/**
 * The bot on Discord, the only part of faqbot that knows JDA. {@link dev.faqbot.discord.DiscordBot} connects and
 * wires the features below; {@link dev.faqbot.discord.Backend} is what they need from the rest of the bot.
 * <ul>
 *   <li>{@code answer}: members' questions (mentions, DMs, auto-answer and forum channels, {@code /ask},
 *       {@code /faq topics}, buttons and votes), the cooldown;</li>
 *   <li>{@code admin}: moderators ({@code /faq-admin}, {@code /faq post}, who may use them, the moderator log
 *       channel) and their replies;</li>
 *   <li>{@code render}: what the bot sends (answer embeds, buttons, wording, the slash commands' shape, Discord's
 *       limits) and how it reads Discord's markup;</li>
 *   <li>{@code gateway}: the connection (token, intents, shards, sessions), interaction replies within Discord's
 *       3 seconds, load shedding, failure logging.</li>
 * </ul>
 * Dependencies point one way: root to {@code admin} to {@code answer} to {@code gateway} to {@code render}
 * (ArchitectureTest holds that packages form no cycle).
 */
package dev.faqbot.discord;
