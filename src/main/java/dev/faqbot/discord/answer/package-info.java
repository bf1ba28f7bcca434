/**
 * Answering members: messages (an @mention, a DM, an auto-answer channel, a new forum post), {@code /ask},
 * {@code /faq topics}, clicks on buttons and the topic menu, feedback votes, and the per-member cooldown.
 */
package dev.faqbot.discord.answer;
