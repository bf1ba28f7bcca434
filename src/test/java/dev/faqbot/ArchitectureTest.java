package dev.faqbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The lines between the core and its adapters, held by tests rather than by good intentions. */
@AnalyzeClasses(packages = "dev.faqbot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheDiscordAdapterUsesJda = noClasses()
            .that().resideOutsideOfPackage("dev.faqbot.discord..")
            .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
            .because("Discord is one thin adapter over a core that knows nothing of it");

    @ArchTest
    static final ArchRule theCoreKnowsNothingOfItsAdapters = noClasses()
            .that().resideInAnyPackage("dev.faqbot.core..", "dev.faqbot.kb..", "dev.faqbot.classify..",
                    "dev.faqbot.safety..", "dev.faqbot.text..", "dev.faqbot.render..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.faqbot.discord..", "dev.faqbot.cli..")
            .because("the console and Discord both sit on the same core");

    @ArchTest
    static final ArchRule theCoreClassifierAndSafetyCheckDoNoIo = noClasses()
            .that().resideInAnyPackage("dev.faqbot.core..", "dev.faqbot.classify..", "dev.faqbot.safety..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "dev.faqbot.cache..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
            .because("they compute answers; files (the vector and model caches) and the network are the adapters' and"
                    + " the cache package's, behind interfaces (VectorStore, ModelStore)");

    /** Every package, the Discord adapter's feature packages each on their own: no two depend on each other. */
    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("dev.faqbot.(**)").should().beFreeOfCycles()
            .because("a package can then be read, tested and changed from the bottom up");
}
