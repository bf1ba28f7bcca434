package dev.faqbot.discord.standin;

import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/** Sends JDA's gateway connections to the stand-in instead of gateway.discord.gg. */
public final class StandInSessionController extends ConcurrentSessionController {

    private final String gatewayUrl;

    public StandInSessionController(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }
}
