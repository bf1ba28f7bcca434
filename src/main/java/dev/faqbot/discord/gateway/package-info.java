/**
 * The connection to Discord and what keeps it healthy: the token, the intents, the shard plan, session events,
 * replies to interactions within Discord's 3 seconds, load shedding (bounded queues, the reply rate, repeated
 * emergency replies) and failure logging that never shows the token.
 */
package dev.faqbot.discord.gateway;
