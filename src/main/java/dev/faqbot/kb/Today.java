package dev.faqbot.kb;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one way the bot turns its clock into a date: in UTC, whatever zone the clock was made with, so that the
 * loader, the answers, {@code /faq-admin stale} and {@code review} agree on which day it is.
 */
public final class Today {

    private Today() {
    }

    public static LocalDate of(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
