package dev.faqbot.discord.gateway;

import dev.faqbot.config.Settings;
import java.util.List;

/**
 * How many shards there are across all processes, and which of them this process runs (empty: all).
 * Discord assigns each guild to shard {@code (guild_id >> 22) % total}.
 */
public record ShardPlan(int total, List<Integer> ids) {

    public ShardPlan {
        if (total < 1) {
            throw new IllegalArgumentException("discord.shards_total must be at least 1, not " + total);
        }
        ids = List.copyOf(ids);
        for (int id : ids) {
            if (id < 0 || id >= total) {
                throw new IllegalArgumentException("discord.shard_ids: shard " + id
                        + " does not exist; with shards_total " + total + " the ids are 0 to " + (total - 1));
            }
        }
        if (ids.stream().distinct().count() != ids.size()) {
            throw new IllegalArgumentException("discord.shard_ids lists a shard twice: " + ids);
        }
    }

    public static ShardPlan of(Settings.Discord settings) {
        return new ShardPlan(settings.shardsTotal(), settings.shardIds());
    }
}
