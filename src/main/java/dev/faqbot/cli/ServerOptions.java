package dev.faqbot.cli;

import dev.faqbot.storage.ServerScope;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --server ID}: show only some servers' statistics or questions; all of them without it. */
final class ServerOptions {

    @Option(names = "--server", paramLabel = "ID",
            description = "Only this server (its id; \"dm\" for direct messages, \"console\" for the console chat)."
                    + " Repeat for several. Default: everything in the store.")
    List<String> servers = new ArrayList<>();

    ServerScope scope() {
        return servers.isEmpty() ? ServerScope.ALL : ServerScope.only(servers);
    }
}
