package dev.faqbot.moderation;

/**
 * Told when answers are withdrawn for review: the audit log records it, the console prints it, Discord posts it to
 * the moderator log channel. Called on the review watch's thread; a throw is logged and does not stop the others.
 */
@FunctionalInterface
public interface ReviewListener {

    void withdrawn(Withdrawals withdrawals);
}
