package dev.faqbot.discord.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** The per-member spam guard: one question per window, and one notice per window to a member who pushes. */
public final class Cooldown {

    /** What to do with a member's question. */
    enum Verdict {
        /** Answer it; the window starts now. */
        GO,
        /** Within the window, for the first time: say so once. */
        WAIT_AND_TELL,
        /** Within the window, already told: stay quiet. */
        WAIT_QUIETLY
    }

    private final Duration window;
    /** Per member: whether they have been told about the cooldown in the current window. */
    private final Cache<Long, Boolean> told;

    public Cooldown(Duration window, Ticker ticker) {
        this.window = Objects.requireNonNull(window, "window");
        if (window.isNegative()) {
            throw new IllegalArgumentException("cooldown must not be negative");
        }
        // The window runs from the answered question: being told later must not extend it.
        this.told = Caffeine.newBuilder()
                .expireAfter(Expiry.<Long, Boolean>creating((member, value) -> window))
                .maximumSize(100_000)
                .ticker(Objects.requireNonNull(ticker, "ticker"))
                .build();
    }

    public Cooldown(Duration window) {
        this(window, Ticker.systemTicker());
    }

    Verdict check(long memberId) {
        if (window.isZero()) {
            return Verdict.GO;
        }
        AtomicReference<Verdict> verdict = new AtomicReference<>();
        told.asMap().compute(memberId, (member, wasTold) -> {
            verdict.set(wasTold == null ? Verdict.GO : wasTold ? Verdict.WAIT_QUIETLY : Verdict.WAIT_AND_TELL);
            return wasTold != null;
        });
        return verdict.get();
    }

    /**
     * As {@link #check}, but a member outside the window stays outside it: for looking at a message the bot may
     * not answer (an auto-answer channel), which must not start the member's window.
     */
    Verdict look(long memberId) {
        if (window.isZero()) {
            return Verdict.GO;
        }
        AtomicReference<Verdict> verdict = new AtomicReference<>(Verdict.GO);
        told.asMap().computeIfPresent(memberId, (member, wasTold) -> {
            verdict.set(wasTold ? Verdict.WAIT_QUIETLY : Verdict.WAIT_AND_TELL);
            return true;
        });
        return verdict.get();
    }

    int seconds() {
        return (int) window.toSeconds();
    }
}
