package dev.faqbot.chart;

import dev.faqbot.moderation.ChartData;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.RangeType;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The statistics chart as a PNG: questions per day by outcome (stacked bars, every day of the period, zero days
 * included) above the most asked answers with their helpful and not-helpful votes. Drawn without a display.
 */
public final class StatsChart {

    static {
        // A server has no display; AWT must know before its first use, which the colours below already are (static
        // fields are set in order, and Color asks whether the JVM is headless). An explicit -Djava.awt.headless wins.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }


    static final int WIDTH = 1200;
    static final int HEIGHT = 1150;
    private static final int DAYS_HEIGHT = 560;
    static final String ASKED = "Asked";
    static final String HELPFUL = "Helpful";
    static final String NOT_HELPFUL = "Not helpful";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);
    private static final DateTimeFormatter FULL_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT);
    /** Blue for an answer (the answer embed's), amber for a question back, grey for "don't know", red for danger. */
    private static final Map<ChartData.Series, Color> OUTCOME_COLOURS = Map.of(
            ChartData.Series.ANSWERED, new Color(0x2F6FB3), ChartData.Series.DID_YOU_MEAN, new Color(0xE3A21A),
            ChartData.Series.DONT_KNOW, new Color(0x9E9E9E), ChartData.Series.EMERGENCY, new Color(0xC62828));
    private static final Color[] VOTE_COLOURS = {new Color(0x2F6FB3), new Color(0x2E7D32), new Color(0xD84315)};

    private StatsChart() {
    }

    /** The chart as PNG bytes. */
    public static byte[] png(ChartData data) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            perDayChart(data).draw(g, new Rectangle2D.Double(0, 0, WIDTH, DAYS_HEIGHT));
            g.setColor(new Color(0xDDDDDD));
            g.setStroke(new BasicStroke(2));
            g.drawLine(20, DAYS_HEIGHT, WIDTH - 20, DAYS_HEIGHT);
            topAnswersChart(data).draw(g, new Rectangle2D.Double(0, DAYS_HEIGHT, WIDTH, HEIGHT - DAYS_HEIGHT));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the statistics chart as PNG", e);
        }
        return out.toByteArray();
    }

    /** Writes the chart to {@code file} as PNG. */
    public static void write(ChartData data, Path file) throws IOException {
        Files.write(file, png(data));
    }

    /** Rows: the four outcomes; columns: every day of the period, oldest first. */
    static CategoryDataset perDay(ChartData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ChartData.Day day : data.days()) {
            for (ChartData.Series series : ChartData.Series.values()) {
                dataset.addValue(day.count(series), series.label(), DAY.format(day.day()));
            }
        }
        return dataset;
    }

    /** Rows: asked, helpful, not helpful; columns: the most asked answers, the most asked first. */
    static CategoryDataset topAnswers(ChartData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ChartData.TopAnswer answer : data.top()) {
            dataset.addValue(answer.asked(), ASKED, answer.intent());
            dataset.addValue(answer.helpful(), HELPFUL, answer.intent());
            dataset.addValue(answer.notHelpful(), NOT_HELPFUL, answer.intent());
        }
        return dataset;
    }

    private static JFreeChart perDayChart(ChartData data) {
        JFreeChart chart = ChartFactory.createStackedBarChart("Questions per day, by outcome", "Day (UTC)",
                "Questions", perDay(data), PlotOrientation.VERTICAL, true, false, false);
        theme().apply(chart);
        chart.addSubtitle(new TextTitle(FULL_DAY.format(data.from()) + " to " + FULL_DAY.format(data.to()) + ": "
                + data.questions() + " question" + (data.questions() == 1 ? "" : "s"), font(Font.PLAIN, 15)));
        CategoryPlot plot = style(chart);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        ChartData.Series[] series = ChartData.Series.values();
        for (int i = 0; i < series.length; i++) {
            renderer.setSeriesPaint(i, OUTCOME_COLOURS.get(series[i]));
        }
        // The day's total above each bar: a quiet day reads "0", not a gap.
        CategoryDataset dataset = plot.getDataset();
        for (int column = 0; column < dataset.getColumnCount(); column++) {
            long total = 0;
            for (int row = 0; row < dataset.getRowCount(); row++) {
                total += dataset.getValue(row, column).longValue();
            }
            CategoryTextAnnotation label = new CategoryTextAnnotation(Long.toString(total),
                    dataset.getColumnKey(column), total);
            label.setFont(font(Font.PLAIN, 12));
            label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(label);
        }
        plot.getRangeAxis().setUpperMargin(0.1);
        return chart;
    }

    private static JFreeChart topAnswersChart(ChartData data) {
        JFreeChart chart = ChartFactory.createBarChart("The " + ChartData.TOP + " most asked answers, with votes",
                "Answer (intent)", "Questions and votes", topAnswers(data), PlotOrientation.HORIZONTAL, true, false,
                false);
        theme().apply(chart);
        CategoryPlot plot = style(chart);
        plot.setNoDataMessage("No answers given in these " + ChartData.DAYS + " days");
        plot.setNoDataMessageFont(font(Font.PLAIN, 18));
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.03); // one or two answers must not be drawn as slabs
        for (int i = 0; i < VOTE_COLOURS.length; i++) {
            renderer.setSeriesPaint(i, VOTE_COLOURS[i]);
        }
        return chart;
    }

    /** Flat bars, whole numbers on the count axis, light grid lines on white. */
    private static CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCCCCCC));
        plot.setOutlineVisible(false);
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // From zero, and at least 0 to 5: a quiet month still gets a readable scale.
        counts.setRangeType(RangeType.POSITIVE);
        counts.setAutoRangeMinimumSize(5);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        return plot;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(font(Font.BOLD, 24));
        theme.setLargeFont(font(Font.BOLD, 16));
        theme.setRegularFont(font(Font.PLAIN, 15));
        theme.setSmallFont(font(Font.PLAIN, 13));
        return theme;
    }

    private static Font font(int style, int size) {
        return new Font(Font.SANS_SERIF, style, size);
    }
}
