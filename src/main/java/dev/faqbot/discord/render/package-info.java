/**
 * What the bot sends and how it reads what it gets: outcomes as messages (embeds, buttons, the topic menu), the
 * Discord-only wording, the slash commands' names and options, Discord's size limits, and Discord's markup.
 */
package dev.faqbot.discord.render;
