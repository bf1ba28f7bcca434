package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.testkit.MiniKb;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleReportTest {

    @TempDir
    Path root;

    @Test
    void answersDueWithinTheWindow_areListed_othersAreNot() {
        MiniKb.write(root, "A");
        KnowledgeBase kb = MiniKb.load(root);

        StaleReport soon = StaleReport.of(kb, LocalDate.of(2098, 12, 20), 30);
        StaleReport later = StaleReport.of(kb, LocalDate.of(2098, 11, 1), 30);

        assertEquals(1, soon.answers().size());
        StaleReport.Due due = soon.answers().get(0);
        assertEquals("msc_basics", due.intent());
        assertEquals(12, due.daysLeft());
        assertEquals("msc_basics: review due in 12 days (2099-01-01)", due.describe());
        assertEquals(List.of(), later.answers());
    }

    @Test
    void anOverdueAnswer_isListedWithHowLateItIs() {
        MiniKb.write(root, "A");
        KnowledgeBase kb = MiniKb.load(root);

        StaleReport.Due due = StaleReport.of(kb, LocalDate.of(2099, 1, 6), 0).answers().get(0);

        assertTrue(due.overdue());
        assertEquals("msc_basics: review 5 days overdue (due 2099-01-01)", due.describe());
    }

    @Test
    void anAnswerMoreThanTheAllowedDaysOverdue_isMarkedWithdrawn() {
        KnowledgeBase kb = dev.faqbot.testing.Kbs.good(); // review_overdue_error_days: 30
        LocalDate due = LocalDate.of(2031, 5, 1);

        StaleReport thirtyDaysLate = StaleReport.of(kb, due.plusDays(30), 0);
        StaleReport thirtyOneDaysLate = StaleReport.of(kb, due.plusDays(31), 0);

        assertEquals(List.of(), thirtyDaysLate.withdrawn());
        assertEquals(2, thirtyDaysLate.answers().size());
        assertEquals(List.of("fda_status", "msc_basics"),
                thirtyOneDaysLate.withdrawn().stream().map(StaleReport.Due::intent).toList());
        assertEquals("fda_status: withdrawn, review 31 days overdue (due 2031-05-01)",
                thirtyOneDaysLate.withdrawn().get(0).describe());
    }
}
