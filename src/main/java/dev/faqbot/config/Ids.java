package dev.faqbot.config;

import java.util.regex.Pattern;

/** Discord ids in settings: snowflakes, written as digits. */
final class Ids {

    // 17 to 20 digits: every server, role or channel id since 2015.
    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{17,20}");

    private Ids() {
    }

    static boolean isSnowflake(String value) {
        return SNOWFLAKE.matcher(value).matches();
    }
}
