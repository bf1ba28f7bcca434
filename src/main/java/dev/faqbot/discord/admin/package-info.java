/**
 * Moderators on Discord: {@code /faq-admin} (reload, test, stats with its chart, unanswered, stale),
 * {@code /faq post}, who may use them (ModeratorCheck, ModeratorGate), their replies, and the moderator log channel.
 */
package dev.faqbot.discord.admin;
