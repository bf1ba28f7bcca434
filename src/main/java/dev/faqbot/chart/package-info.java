/** The statistics chart: {@link dev.faqbot.moderation.ChartData} drawn with JFreeChart into a PNG, headless. */
package dev.faqbot.chart;
