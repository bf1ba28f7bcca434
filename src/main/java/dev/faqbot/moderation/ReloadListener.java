package dev.faqbot.moderation;

/**
 * Told of every reload's result: the console prints it, the audit log records it, Discord posts it to the
 * moderator log channel. Called on the reload thread; a throw is logged and does not stop other listeners.
 */
@FunctionalInterface
public interface ReloadListener {

    void reloaded(ReloadResult result);
}
