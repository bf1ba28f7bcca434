package dev.faqbot.storage;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which servers' statistics and questions a reader may see: all of them (the operator, on the machine) or only
 * some (moderators on Discord see only the servers in {@code discord.admin_guilds}).
 *
 * @param servers the server ids seen, when not {@code all}
 */
public record ServerScope(boolean all, Set<String> servers) {

    /** Everything the store holds: the servers, direct messages and the console. */
    public static final ServerScope ALL = new ServerScope(true, Set.of());

    public ServerScope {
        servers = Set.copyOf(new TreeSet<>(Objects.requireNonNull(servers, "servers")));
    }

    /** Only these servers; none when {@code ids} is empty. */
    public static ServerScope only(Iterable<String> ids) {
        Set<String> servers = new TreeSet<>();
        ids.forEach(servers::add);
        return new ServerScope(false, servers);
    }

    public boolean includes(String server) {
        return all || servers.contains(server);
    }

    /** True when nothing can be seen. */
    public boolean isEmpty() {
        return !all && servers.isEmpty();
    }
}
