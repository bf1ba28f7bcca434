package dev.faqbot.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.moderation.BotStats;
import dev.faqbot.moderation.ChartData;
import dev.faqbot.storage.ServerScope;
import dev.faqbot.storage.Store;
import dev.faqbot.testing.Stores;
import dev.faqbot.testing.TextSnapshots;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics chart: the numbers it draws (a stored snapshot), and a readable PNG of them. */
class StatsChartTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T15:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final String SERVER = "1200000000000000002";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    Path dir;

    @Test
    void theDataModelOfAMonth_matchesItsSnapshot() throws IOException {
        ChartData data = chartOfAMonth();

        TextSnapshots.assertMatches("chart/stats-chart-data.txt", describe(StatsChart.perDay(data))
                + "\n" + describe(StatsChart.topAnswers(data)));
    }

    @Test
    void rendersAPngOfTheWholeChart() throws IOException {
        Path file = dir.resolve("stats.png");

        StatsChart.write(chartOfAMonth(), file);

        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, PNG_SIGNATURE.length));
        assertTrue(bytes.length > 30_000 && bytes.length < 1_000_000, "a chart, not a blank page: " + bytes.length);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(StatsChart.WIDTH, image.getWidth());
        assertEquals(StatsChart.HEIGHT, image.getHeight());
    }

    @Test
    void anEmptyStore_givesThirtyDaysOfZerosAndNoAnswers_stillDrawn() {
        try (Store store = Stores.sqlite(dir, CLOCK)) {
            ChartData data = BotStats.storedChart(store, ServerScope.ALL, CLOCK);

            CategoryDataset days = StatsChart.perDay(data);
            assertEquals(ChartData.DAYS, days.getColumnCount());
            assertEquals(4, days.getRowCount());
            assertEquals(0, StatsChart.topAnswers(data).getColumnCount());
            assertTrue(StatsChart.png(data).length > 10_000);
        }
    }

    /**
     * A month in one server: every outcome, a quiet week (zeros), a question from before the period and one in
     * another server that the scope leaves out, and votes.
     */
    private ChartData chartOfAMonth() {
        try (Store store = Stores.sqlite(dir, CLOCK)) {
            for (int daysAgo = 0; daysAgo < ChartData.DAYS; daysAgo++) {
                if (daysAgo >= 10 && daysAgo < 17) {
                    continue; // a quiet week: shown as zeros
                }
                LocalDate day = TODAY.minusDays(daysAgo);
                for (int i = 0; i <= daysAgo % 5; i++) {
                    store.countQuestion(day, SERVER, "answered", List.of("als_basics", "msc_basics", "fda_approval",
                            "clinical_trials", "risks", "cost", "clinics_abroad", "insurance", "eligibility",
                            "side_effects", "travel").get((daysAgo + i) % 11));
                }
                store.countQuestion(day, SERVER, daysAgo % 3 == 0 ? "clarify" : "fallback", "");
                if (daysAgo % 9 == 0) {
                    store.countQuestion(day, SERVER, "emergency", "");
                }
            }
            store.countQuestion(TODAY, SERVER, "withdrawn", "stem_cell_basics");
            store.countQuestion(TODAY, SERVER, "caution", "");
            store.countQuestion(TODAY.minusDays(ChartData.DAYS), SERVER, "answered", "als_basics");
            store.countQuestion(TODAY, "1200000000000000009", "answered", "cost");
            store.countVote(TODAY, SERVER, "als_basics", true);
            store.countVote(TODAY.minusDays(3), SERVER, "als_basics", true);
            store.countVote(TODAY, SERVER, "cost", false);
            store.countVote(TODAY.minusDays(40), SERVER, "cost", false);
            return BotStats.storedChart(store, ServerScope.only(List.of(SERVER)), CLOCK);
        }
    }

    /** A dataset as text: one line a column, its values by row. */
    private static String describe(CategoryDataset dataset) {
        StringBuilder text = new StringBuilder();
        for (int column = 0; column < dataset.getColumnCount(); column++) {
            text.append(dataset.getColumnKey(column)).append(':');
            for (int row = 0; row < dataset.getRowCount(); row++) {
                text.append(' ').append(dataset.getRowKey(row)).append(' ').append(dataset.getValue(row, column));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
