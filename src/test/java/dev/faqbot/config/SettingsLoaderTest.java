package dev.faqbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.faqbot.classify.ClassifierSettings;
import dev.faqbot.core.Thresholds;
import dev.faqbot.kb.Problem;
import dev.faqbot.kb.Region;
import dev.faqbot.testing.Kbs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SettingsLoaderTest {

    @TempDir
    Path dir;

    private Path userFile(String yaml) {
        Path file = dir.resolve("faqbot.yml");
        Kbs.write(file, yaml);
        return file;
    }

    private List<String> problems(String yaml) {
        SettingsLoader.BadSettings bad = assertThrows(SettingsLoader.BadSettings.class,
                () -> SettingsLoader.load(Optional.of(userFile(yaml))));
        assertEquals(String.join("\n", bad.problems().stream().map(Problem::toString).toList()), bad.getMessage());
        return bad.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void defaults_loadFromTheBundledReference() throws Exception {
        Settings defaults = SettingsLoader.defaults();

        assertEquals(ClassifierSettings.DEFAULTS, defaults.classifier());
        assertEquals(Thresholds.DEFAULTS, defaults.thresholds());
        assertEquals(new Settings.Cache(10_000, Duration.ofMinutes(60)), defaults.cache());
        assertEquals(500, defaults.maxQuestionChars());
        assertEquals(new Settings.Discord("", List.of(), 10, "", "", 1, List.of()), defaults.discord());
        assertEquals(new Settings.Learning(false, 30), defaults.learning());
        assertEquals(Region.OTHER, defaults.region());
        assertEquals(Settings.Storage.DEFAULT, defaults.storage());
        assertEquals(Settings.Storage.DEFAULT_URL, defaults.storage().effectiveUrl());
        assertEquals(defaults, SettingsLoader.load(Optional.empty()));
    }

    @ParameterizedTest
    @EnumSource(Region.class)
    void region_isReadByItsId(Region region) throws Exception {
        assertEquals(region, SettingsLoader.load(Optional.of(userFile("region: " + region.id() + "\n"))).region());
    }

    @Test
    void anUnknownRegion_isAnErrorWithFileAndLine_namingTheRegionsThereAre() {
        Path file = dir.resolve("faqbot.yml");

        assertEquals(List.of(file + ":2: region: 'gb' is not a region; use one of us, ca, uk, ie, eu, au, other"),
                problems("# where our members live\nregion: gb\n"));
        assertEquals(List.of(file + ":1: region: 'UK' is not a region; use one of us, ca, uk, ie, eu, au, other"),
                problems("region: UK\n"));
    }

    @Test
    void aUserFile_overridesOneKey_andKeepsEveryOtherDefault() throws Exception {
        Settings settings = SettingsLoader.load(Optional.of(userFile("thresholds:\n  answer: 0.6\n")));
        Settings defaults = SettingsLoader.defaults();

        assertEquals(new Thresholds(0.6, 0.10, 0.10, 0.05, 0.30), settings.thresholds());
        assertEquals(new Settings(defaults.classifier(), defaults.safety(), new Thresholds(0.6, 0.10, 0.10, 0.05, 0.30),
                defaults.cache(), defaults.maxQuestionChars(), defaults.discord(), defaults.learning(),
                defaults.region()), settings);
    }

    @Test
    void aUserFile_canSetListsAndNestedValues() throws Exception {
        Settings settings = SettingsLoader.load(Optional.of(userFile("""
                # my server
                discord:
                  auto_answer_channels: [123, "456"]
                  shard_ids: [0, 2]
                  shards_total: 4
                  admin_guilds: ["1200000000000000002"]
                  moderator_role: "1700000000000000010"
                  forum_channels: ["1300000000000000007"]
                storage:
                  url: jdbc:postgresql://db.example/faqbot
                cache:
                  maximum_size: 0
                classifier:
                  char_grams: 0
                """)));

        assertEquals(List.of("123", "456"), settings.discord().autoAnswerChannels());
        assertEquals(List.of("1300000000000000007"), settings.discord().forumChannels());
        assertEquals(List.of(0, 2), settings.discord().shardIds());
        assertEquals(List.of("1200000000000000002"), settings.discord().adminGuilds());
        assertEquals("1700000000000000010", settings.discord().moderatorRole());
        assertEquals("jdbc:postgresql://db.example/faqbot", settings.storage().url());
        assertEquals(4, settings.discord().shardsTotal());
        assertEquals(0, settings.cache().maximumSize());
        assertEquals(0, settings.classifier().charGrams());
    }

    @Test
    void anUnknownKey_isAnErrorWithFileAndLine() {
        Path file = dir.resolve("faqbot.yml");

        assertEquals(List.of(file + ":3: thresholds.anwser: unknown setting (did you mean thresholds.answer?); see"
                + " reference.yml (README: Settings) for the ones there are"), problems("# a typo\nthresholds:\n  anwser: 0.6\n"));
        assertEquals(List.of(file + ":1: colour: unknown setting; see reference.yml (README: Settings) for the ones"
                + " there are"), problems("colour: blue\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'cache:\n  maximum_size: -5'           | 2 | cache.maximum_size: must be a whole number from 0 to 10000000",
            "'cache:\n  expire_after_minutes: 1.5'  | 2 | cache.expire_after_minutes: must be a whole number from 1 to 100000",
            "'max_question_chars: 10'               | 1 | max_question_chars: must be a whole number from 20 to 4000",
            "'max_question_chars: \"500\"'          | 1 | max_question_chars: must be a whole number from 20 to 4000",
            "'thresholds:\n  margin: high'          | 2 | thresholds.margin: must be a number from 0.0 to 1.0",
            "'thresholds:\n  answer: 1.5'           | 2 | thresholds.answer: must be a number from 0.0 to 1.0",
            "'thresholds:\n  clarify: 0.9'          | 1 | thresholds: clarify threshold (0.9) must not be above the answer threshold (0.8)",
            "'thresholds: 0.5'                      | 1 | thresholds: must be a section with its own keys",
            "'classifier:\n  stem: maybe'           | 2 | classifier.stem: must be true or false",
            "'classifier:\n  char_grams: 2'         | 1 | classifier: character n-gram length must be 0 (off), 3, 4 or 5: 2",
            "'discord:\n  shard_ids: [zero]'        | 2 | discord.shard_ids: 'zero' is not a shard number",
            "'discord:\n  auto_answer_channels: 5'  | 2 | discord.auto_answer_channels: must be a list, like [123, 456] or []",
            "'storage:\n  user: [a, b]'             | 2 | storage.user: must be text (use \"\" for none)",
            "'storage:\n  url: \"jdbc:mysql://x/y\"' | 2 | storage.url: must be a jdbc:sqlite: or jdbc:postgresql: URL, or \"\" for the default (jdbc:sqlite:data/faqbot.db)",
            "'storage:\n  queue_size: 0'            | 2 | storage.queue_size: must be a whole number from 1 to 10000000",
            "'learning:\n  file: a.jsonl'           | 2 | learning.file: removed: the learning log is kept in the database now (storage.url)",
            "'learning:\n  max_file_kb: 64'         | 2 | learning.max_file_kb: removed: the learning log is limited by entries now (learning.max_entries)",
            "'discord:\n  moderator_role: Mods'     | 2 | discord.moderator_role: must be the role's id (digits: Server Settings, Roles, right-click the role, Copy Role ID), not its name: 'Mods'",
            "'discord:\n  forum_channels: [help]'  | 2 | discord.forum_channels: 'help' is not a channel id (digits: right-click the channel, Copy Channel ID)",
            "'discord:\n  admin_guilds: [my-server]' | 2 | discord.admin_guilds: 'my-server' is not a server id (digits: right-click the server icon, Copy Server ID)",
            "'discord:\n  replies_per_second: 50'   | 2 | discord.replies_per_second: must be a whole number from 1 to 45"})
    void aBadValue_isAnErrorWithFileAndLine(String yaml, int line, String problem) {
        assertEquals(List.of(dir.resolve("faqbot.yml") + ":" + line + ": " + problem), problems(yaml));
    }

    @Test
    void theStoragePassword_isNeverPrinted() throws Exception {
        Settings settings = SettingsLoader.load(Optional.of(userFile("storage:\n  password: s3cret\n")));

        assertEquals("s3cret", settings.storage().password());
        assertEquals(-1, settings.toString().indexOf("s3cret"), settings.toString());
    }

    @Test
    void everyBadSetting_isReportedAtOnce() {
        Path file = dir.resolve("faqbot.yml");

        assertEquals(List.of(
                file + ":2: classifier.iterations: must be a whole number from 1 to 10000",
                file + ":4: cache.maximum_size: must be a whole number from 0 to 10000000",
                file + ":5: max_question_chars: must be a whole number from 20 to 4000"),
                problems("classifier:\n  iterations: 0\ncache:\n  maximum_size: -1\nmax_question_chars: 1\n"));
    }

    @Test
    void anUnknownKey_doesNotHideTheOtherErrors() {
        Path file = dir.resolve("faqbot.yml");

        assertEquals(List.of(
                file + ":1: regoin: unknown setting (did you mean region?); see reference.yml (README: Settings) for the"
                        + " ones there are",
                file + ":3: thresholds.answer: must be a number from 0.0 to 1.0",
                file + ":5: discord.cooldown_seconds: must be a whole number from 0 to 3600"),
                problems("regoin: us\nthresholds:\n  answer: 7\ndiscord:\n  cooldown_seconds: -1\n"));
    }

    @Test
    void aBrokenOrEmptySettingsFile_isAnError() {
        Path file = dir.resolve("faqbot.yml");

        assertEquals(List.of(file + ":3: YAML syntax error: Duplicate field 'answer'; each field may appear only once"),
                problems("thresholds:\n  answer: 0.6\n  answer: 0.7\n"));
        assertEquals(List.of(file + ":1: the file is empty"), problems("# nothing yet\n"));
    }
}
