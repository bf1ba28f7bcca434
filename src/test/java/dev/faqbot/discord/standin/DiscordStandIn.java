package dev.faqbot.discord.standin;

import java.io.IOException;
import java.time.Duration;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;

/** A local Discord for end-to-end tests: the REST API and the gateway, both on 127.0.0.1. */
public final class DiscordStandIn implements AutoCloseable {

    private final GatewayStandIn gateway;
    private final RestStandIn rest;

    private DiscordStandIn(GatewayStandIn gateway, RestStandIn rest) {
        this.gateway = gateway;
        this.rest = rest;
    }

    public static DiscordStandIn start() throws IOException, InterruptedException {
        GatewayStandIn gateway = new GatewayStandIn().open(Duration.ofSeconds(5));
        return new DiscordStandIn(gateway, new RestStandIn(gateway::url));
    }

    /**
     * Points a shard manager at the stand-in: REST base URL and gateway address. Compression stays as in production
     * (JDA asks for zlib-stream, and the gateway stand-in compresses).
     */
    public DefaultShardManagerBuilder pointAtStandIn(DefaultShardManagerBuilder builder) {
        return pointAt(rest.baseUrl(), gateway.url()).apply(builder);
    }

    /** Points a shard manager at a stand-in given by its addresses (for a bot in another process). */
    public static UnaryOperator<DefaultShardManagerBuilder> pointAt(String restBaseUrl, String gatewayUrl) {
        return builder -> builder.setRestConfig(new RestConfig().setBaseUrl(restBaseUrl))
                .setSessionController(new StandInSessionController(gatewayUrl));
    }

    public GatewayStandIn gateway() {
        return gateway;
    }

    public RestStandIn rest() {
        return rest;
    }

    @Override
    public void close() {
        rest.close();
        try {
            gateway.shutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
